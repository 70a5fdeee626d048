using System.CommandLine;

namespace CohesionSite.Cli.Commands;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public static Option<string?> Config() => new("--config")
    {
        Description = "Path to statiq.json (default: found in the current folder or its parents)",
    };

    public static Option<string?> Content() => new("--content")
    {
        Description = "Content folder (default: ContentPath from statiq.json)",
    };

    public static Option<string[]> Strategy() => new("--strategy")
    {
        Description = "Only this strategy id (repeatable)",
        AllowMultipleArgumentsPerToken = false,
    };
}
