using CohesionSite.Content.Shapes;
using CohesionSite.Core.Model;
using CohesionSite.Interchange.Sheets;

namespace CohesionSite.Interchange.Import;

/// <summary>
/// The check against what a spreadsheet did on its own: each imported row is compared with the
/// item it came from (same id, or same parent and position), and a cell whose value is the old
/// one in a spreadsheet's display form ("December 2008" → "12/01/08", "74%" → "74.00%",
/// "1.10" → "1.1") is an error naming both forms. An edit can be undone in the sheet; a silent
/// reformat would reach the published strategy unnoticed.
/// </summary>
public sealed partial class PlanReader
{
    private void CheckReformatted(List<ParsedRow> actionRows, List<ChildRow> milestones, List<ChildRow> progress)
    {
        CheckIds(actionRows, _strategy.ActionById.Keys, "action");
        foreach (var row in actionRows)
        {
            Compare(row, Id(row) is { } id ? _strategy.ActionById.GetValueOrDefault(id) : null);
        }

        CompareChildren(milestones, (parent, _) => _strategy.ActionById.GetValueOrDefault(parent)?.Milestones);
        CompareChildren(progress, (parent, _) => _strategy.ActionById.GetValueOrDefault(parent)?.Progress);
    }

    private void CheckReformatted(List<ParsedRow> indicatorRows, List<ChildRow> points)
    {
        CheckIds(indicatorRows, _strategy.IndicatorById.Keys, "indicator");
        foreach (var row in indicatorRows)
        {
            Compare(row, Id(row) is { } id ? _strategy.IndicatorById.GetValueOrDefault(id) : null);
        }

        CompareChildren(points, (parent, kind) => _strategy.IndicatorById.GetValueOrDefault(parent) is not { } i ? null : kind switch
        {
            "baseline" => i.Baseline is { } b ? [b] : [],
            "target" => i.Targets,
            _ => i.Measurements,
        });
    }

    /// <summary>A new id that equals a vanished old one as a number (1.10 read back as 1.1) is a reformat, not a new item.</summary>
    private void CheckIds(List<ParsedRow> rows, IEnumerable<string> existing, string kind)
    {
        var inSheet = rows.Select(Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var known = existing.ToHashSet(StringComparer.Ordinal);
        var vanished = known.Where(e => !inSheet.Contains(e)).ToArray();
        foreach (var row in rows)
        {
            if (Id(row) is { } id && !known.Contains(id)
                && vanished.FirstOrDefault(v => SpreadsheetForms.IsReformatted(v, id)) is { } was)
            {
                Reformatted(row, "id", was, id, kind);
            }
        }
    }

    private void CompareChildren(List<ChildRow> children, Func<string, string?, IReadOnlyList<object>?> existing)
    {
        foreach (var group in children.GroupBy(c => (c.Parent, c.Kind)))
        {
            var old = existing(group.Key.Parent, group.Key.Kind);
            var position = 0;
            foreach (var child in group)
            {
                Compare(child.Row, old is not null && position < old.Count ? old[position] : null);
                position++;
            }
        }
    }

    private void Compare(ParsedRow row, object? old)
    {
        if (old is null)
        {
            return;
        }

        foreach (var column in row.Spec.Columns.Where(c => c.Header != "id"))
        {
            var was = Forms(column.Get(old), column);
            var now = Forms(column.Get(row.Record), column);
            if (was.Length != now.Length)
            {
                continue;
            }

            for (var i = 0; i < was.Length; i++)
            {
                if (SpreadsheetForms.IsReformatted(was[i], now[i]))
                {
                    Reformatted(row, column.Header, was[i], now[i], null);
                    break;
                }
            }
        }
    }

    private void Reformatted(ParsedRow row, string header, string was, string now, string? kind) =>
        Error(row.Table, row.Ref(header),
            $"'{now}' looks like {(kind is null ? $"'{was}'" : $"{kind} id '{was}'")} reformatted by the spreadsheet (the export wrote '{was}' as text); "
            + $"type '{was}' back (format the cell as text first), or change the value to something else on purpose");

    /// <summary>The text of each value of a cell (a list cell gives one per id), as the export wrote it.</summary>
    private static string[] Forms(object? value, ColumnSpec column) => value switch
    {
        null => [],
        IEnumerable<string> list when value is not string => list.ToArray(),
        _ when column.Shape.Kind is ValueKind.String or ValueKind.Date => [CellValues.Text(CellValues.ToCell(value, column.Shape)) ?? string.Empty],
        _ => [],
    };

    private static string? Id(ParsedRow row) => ((IdentifiedNode)row.Record).Id;
}
