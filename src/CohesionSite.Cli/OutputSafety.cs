using CohesionSite.Site.Output;

namespace CohesionSite.Cli;

/// <summary>The one check every writing command makes before it touches an output folder (see <see cref="OutputGuard"/>).</summary>
internal static class OutputSafety
{
    /// <summary>True when <paramref name="output"/> may be written; otherwise prints why (one line) and returns false.</summary>
    public static bool Allows(IReadOnlyList<ProtectedPath> guarded, string output, OutputKind kind, bool force, TextWriter error)
    {
        if (OutputGuard.Check(output, kind, guarded, force) is not { } problem)
        {
            return true;
        }

        error.WriteLine($"error: {problem}");
        return false;
    }
}
