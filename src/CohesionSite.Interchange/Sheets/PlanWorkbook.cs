using CohesionSite.Core.Model;

namespace CohesionSite.Interchange.Sheets;

/// <summary>
/// The workbook's layout: the action plan (Actions, Milestones, Progress) and the indicators
/// (Indicators, Measurements), plus the Readme and Lists sheets that only help editors.
/// </summary>
public static class PlanWorkbook
{
    /// <summary>The readme sheet (ignored on import).</summary>
    public const string ReadmeSheet = "Readme";

    /// <summary>The sheet holding the validation lists (ignored on import).</summary>
    public const string ListsSheet = "Lists";

    /// <summary>The kinds of an indicator's data points on the Measurements sheet.</summary>
    public static IReadOnlyList<string> PointKinds { get; } = ["baseline", "target", "measurement"];

    /// <summary>One row per action.</summary>
    public static SheetSpec Actions { get; } = new("Actions", typeof(ActionItem), null, null, ["milestones", "progress"]);

    /// <summary>One row per milestone, in order, naming its action.</summary>
    public static SheetSpec Milestones { get; } = new("Milestones", typeof(Milestone), "action", null, []);

    /// <summary>One row per progress note, in order, naming its action.</summary>
    public static SheetSpec Progress { get; } = new("Progress", typeof(ProgressNote), "action", null, []);

    /// <summary>One row per indicator.</summary>
    public static SheetSpec Indicators { get; } = new("Indicators", typeof(Indicator), null, null, ["baseline", "targets", "measurements"]);

    /// <summary>One row per baseline, target or measurement, naming its indicator.</summary>
    public static SheetSpec Measurements { get; } = new("Measurements", typeof(DataPoint), "indicator", "kind", []);

    /// <summary>The action plan's sheets: imported together or not at all.</summary>
    public static IReadOnlyList<SheetSpec> PlanSheets { get; } = [Actions, Milestones, Progress];

    /// <summary>The indicators' sheets: imported together or not at all.</summary>
    public static IReadOnlyList<SheetSpec> IndicatorSheets { get; } = [Indicators, Measurements];

    /// <summary>Every data sheet, in workbook order.</summary>
    public static IReadOnlyList<SheetSpec> DataSheets { get; } = [.. PlanSheets, .. IndicatorSheets];
}
