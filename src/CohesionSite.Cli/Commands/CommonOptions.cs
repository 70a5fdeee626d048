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

    /// <summary>Where a command writes: <c>--out</c> everywhere (<c>--output</c> kept as an alias).</summary>
    public static Option<string?> Out(string description) => new("--out", "--output") { Description = description };

    /// <summary>Allows replacing a non-empty output folder that cohesion did not write.</summary>
    public static Option<bool> Force() => new("--force")
    {
        Description = "Replace a non-empty output folder that cohesion did not write (never one holding .git, or the repository's content or rules)",
    };

    /// <summary>
    /// An option taking one of <paramref name="values"/>, in any case (<c>--format JSON</c> is
    /// <c>json</c>); anything else is a usage error naming the values and the nearest one.
    /// </summary>
    public static Option<string> Choice(string name, string description, string defaultValue, params string[] values)
    {
        var option = new Option<string>(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : defaultValue;
                var match = values.FirstOrDefault(v => string.Equals(v, token, StringComparison.OrdinalIgnoreCase));
                if (match is null)
                {
                    result.AddError($"{name}: '{token}' is not one of {string.Join(", ", values)}{CohesionSite.Content.Binding.Suggest.Hint(token, values)}");
                    return defaultValue;
                }

                return match;
            },
        };
        option.CompletionSources.Add(values);
        return option;
    }
}
