using CohesionSite.Interchange.Sheets;

namespace CohesionSite.Interchange.Import;

/// <summary>
/// Which strategy an exported workbook belongs to, from its Readme sheet (row 1: "Strategy",
/// "Title (id)"). Importing one strategy's workbook into another would otherwise fail on every
/// partner, priority and action id, a hundred lines that all mean "wrong strategy".
/// </summary>
internal static class WorkbookOwner
{
    /// <summary>One error when the workbook says it belongs to another strategy than <paramref name="strategyId"/>; null when it matches or says nothing.</summary>
    public static CellDiagnostic? Mismatch(IReadOnlyList<SheetTable> sheets, string strategyId)
    {
        var readme = sheets.FirstOrDefault(s => s.Name == PlanWorkbook.ReadmeSheet);
        if (readme is null || readme.Header.Count < 2 || readme.Header[0] != "Strategy" || readme.Header[1] is not { } title)
        {
            return null;
        }

        var open = title.LastIndexOf('(');
        if (open < 0 || !title.EndsWith(')'))
        {
            return null;
        }

        var owner = title[(open + 1)..^1];
        return owner == strategyId
            ? null
            : new CellDiagnostic(readme.File, readme.Name, "B1",
                $"this workbook is {owner}'s, not {strategyId}'s; import it with --strategy {owner}, or export one from {strategyId} with 'cohesion export --format xlsx --strategy {strategyId}'");
    }
}
