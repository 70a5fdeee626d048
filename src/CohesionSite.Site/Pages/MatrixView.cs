using CohesionSite.Core.Model;

namespace CohesionSite.Site.Pages;

/// <summary>
/// The framework coverage matrix a strategy declares (rows × columns of two national frameworks).
/// An action fills a cell when it is tagged, directly or through its priority (and that node's
/// ancestors) or a principle it addresses, with both the row item and the column item.
/// </summary>
public static class MatrixView
{
    /// <summary>The matrix as rows of cells, or null when the strategy declares none.</summary>
    public static object? Build(StrategyView sv)
    {
        var m = sv.Content.Strategy.Matrix;
        if (m is null || !sv.National.FrameworkById.TryGetValue(m.Rows, out var rows) || !sv.National.FrameworkById.TryGetValue(m.Columns, out var cols))
        {
            return null;
        }

        var tags = sv.Content.Actions.Select(a => (Action: a, Tags: TagsOf(sv.Content, a))).ToArray();
        var texts = m.Cells.GroupBy(c => (c.Row, c.Column)).ToDictionary(g => g.Key, g => g.First().Text);
        var result = rows.Items.Select(r =>
        {
            var rowRef = $"{rows.Id}/{r.Id}";
            return new
            {
                r.Title,
                Cells = cols.Items.Select(c =>
                {
                    var colRef = $"{cols.Id}/{c.Id}";
                    var actions = tags.Where(t => t.Tags.Contains(rowRef) && t.Tags.Contains(colRef)).Select(t => t.Action).ToArray();
                    return new
                    {
                        Anchor = Pipeline.Links.Anchor("cell", $"{r.Id}-{c.Id}"),
                        Count = actions.Length,
                        Gap = actions.Length == 0,
                        Text = texts.GetValueOrDefault((rowRef, colRef)) ?? texts.GetValueOrDefault((colRef, rowRef)),
                        Actions = actions.Select(a => new { Ref = a.Id, Url = sv.ActionUrl(a.Id) }).ToArray(),
                    };
                }).ToArray(),
            };
        }).ToArray();
        return new
        {
            m.Title,
            RowTitle = rows.Title,
            ColumnTitle = cols.Title,
            Columns = cols.Items.Select(c => c.Title).ToArray(),
            Rows = result,
            Gaps = result.Sum(r => r.Cells.Count(c => c.Gap)),
            Cells = result.Sum(r => r.Cells.Length),
        };
    }

    private static HashSet<string> TagsOf(StrategyContent c, ActionItem a)
    {
        var tags = new HashSet<string>(a.National, StringComparer.Ordinal);
        var node = a.Priority is not null && c.PriorityById.TryGetValue(a.Priority, out var p) ? p : null;
        while (node is not null)
        {
            tags.UnionWith(node.National);
            node = c.ParentOf.GetValueOrDefault(node.Id);
        }

        foreach (var id in a.Principles)
        {
            if (c.PrincipleById.TryGetValue(id, out var principle))
            {
                tags.UnionWith(principle.National);
            }
        }

        return tags;
    }
}
