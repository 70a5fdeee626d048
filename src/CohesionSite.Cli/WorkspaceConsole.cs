using CohesionSite.Core.Diagnostics;
using CohesionSite.Workspace;

namespace CohesionSite.Cli;

/// <summary>How the command line shows what the workspace library returns as data: diagnostics one per line, compiler style.</summary>
internal static class WorkspaceConsole
{
    /// <summary>Opens the workspace; prints the settings' diagnostics (or why there is none) and returns null when it cannot be used.</summary>
    public static WorkspaceFolder? Open(string? config, string? content, string? output, TextWriter error)
    {
        var opening = WorkspaceFolder.Open(config, content, output);
        if (opening.Error is { } message)
        {
            error.WriteLine(message);
        }

        Print(opening.Diagnostics, error);
        return opening.Folder;
    }

    /// <summary>Prints diagnostics one per line, compiler style, with a count of the errors at the end.</summary>
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter error)
    {
        foreach (var d in diagnostics)
        {
            error.WriteLine(d.ToString());
        }

        var errors = diagnostics.Count(d => d.IsError);
        if (errors > 0)
        {
            error.WriteLine($"{errors} error{(errors == 1 ? string.Empty : "s")}");
        }
    }
}
