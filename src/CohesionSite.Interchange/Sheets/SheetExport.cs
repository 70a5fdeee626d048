using CohesionSite.Core.Model;

namespace CohesionSite.Interchange.Sheets;

/// <summary>A strategy's action plan and indicators as <see cref="SheetTable"/>s, one per data sheet.</summary>
public static class SheetExport
{
    /// <summary>The five data sheets of <paramref name="strategy"/>, in workbook order.</summary>
    public static IReadOnlyList<SheetTable> Tables(StrategyContent strategy, string fileName)
    {
        var actions = strategy.Actions;
        var indicators = strategy.Indicators;
        return
        [
            Table(fileName, PlanWorkbook.Actions, actions.Select(a => Row(null, null, a, PlanWorkbook.Actions))),
            Table(fileName, PlanWorkbook.Milestones, actions.SelectMany(a => a.Milestones.Select(m => Row(a.Id, null, m, PlanWorkbook.Milestones)))),
            Table(fileName, PlanWorkbook.Progress, actions.SelectMany(a => a.Progress.Select(p => Row(a.Id, null, p, PlanWorkbook.Progress)))),
            Table(fileName, PlanWorkbook.Indicators, indicators.Select(i => Row(null, null, i, PlanWorkbook.Indicators))),
            Table(fileName, PlanWorkbook.Measurements, indicators.SelectMany(Points)),
        ];

        IEnumerable<object?[]> Points(Indicator i)
        {
            var spec = PlanWorkbook.Measurements;
            if (i.Baseline is { } b)
            {
                yield return Row(i.Id, "baseline", b, spec);
            }

            foreach (var t in i.Targets)
            {
                yield return Row(i.Id, "target", t, spec);
            }

            foreach (var m in i.Measurements)
            {
                yield return Row(i.Id, "measurement", m, spec);
            }
        }
    }

    private static object?[] Row(string? parent, string? kind, object record, SheetSpec spec) =>
        new object?[] { parent, kind }.Take((spec.ParentColumn is null ? 0 : 1) + (spec.KindColumn is null ? 0 : 1))
            .Concat(spec.Columns.Select(c => CellValues.ToCell(c.Get(record), c.Shape)))
            .ToArray();

    private static SheetTable Table(string fileName, SheetSpec spec, IEnumerable<object?[]> rows) =>
        new(fileName, spec.Name, spec.Headers.ToArray(), rows.Select((r, i) => new SheetRow(i + 2, r)).ToArray());
}
