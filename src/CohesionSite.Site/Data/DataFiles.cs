namespace CohesionSite.Site;

/// <summary>The open-data files written for every strategy.</summary>
public static class DataFiles
{
    /// <summary>File names and what they hold.</summary>
    public static IReadOnlyList<(string File, string Label)> Names { get; } =
    [
        ("actions.csv", "Action plan (CSV)"),
        ("actions.json", "Action plan (JSON)"),
        ("indicators.csv", "Indicators, one row per figure (CSV)"),
        ("indicators.json", "Indicators (JSON)"),
        ("findings.csv", "Gap findings (CSV)"),
        ("findings.json", "Gap findings (JSON)"),
    ];
}
