using CohesionSite.Site.Data;

namespace CohesionSite.Site;

/// <summary>The open-data files written for every strategy.</summary>
public static class DataFiles
{
    /// <summary>File names and what they hold (the list the data stage writes, so the two cannot drift).</summary>
    public static IReadOnlyList<(string File, string Label)> Names { get; } = DataExports.Files.Select(f => (f.File, f.Label)).ToArray();
}
