using CohesionSite.Core.Model;
using CohesionSite.Site.Data;
using CohesionSite.Site.Pages;

namespace CohesionSite.Site;

/// <summary>The open-data files written for a strategy (the list the data stage writes, so the downloads page and the files cannot drift).</summary>
public static class DataFiles
{
    /// <summary>The names, labels, formats and record counts of <paramref name="sv"/>'s files; only files with something in them.</summary>
    public static IReadOnlyList<(string File, string Label, string Format, int Rows)> For(StrategyView sv, Licence? siteLicence) =>
        DataExports.Files(sv, siteLicence).Select(f => (f.Name, f.Label, f.Format, f.Rows)).ToArray();
}
