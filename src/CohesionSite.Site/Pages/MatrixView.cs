namespace CohesionSite.Site.Pages;

/// <summary>
/// The framework coverage matrix a strategy declares, as the gap page shows it: the analysis'
/// cells (delivered by actions; what commitments promise shown beside), so the page and
/// <c>check</c> count the same empty cells.
/// </summary>
public static class MatrixView
{
    /// <summary>The matrix as rows of cells, or null when the strategy declares none.</summary>
    public static object? Build(StrategyView sv)
    {
        if (sv.Analysis.Matrix is not { } m)
        {
            return null;
        }

        var rows = m.Rows.Items.Select(r => new
        {
            r.Title,
            Cells = m.Columns.Items.Select(c =>
            {
                var cell = m.CellOf(r, c);
                return new
                {
                    Anchor = Pipeline.Links.Anchor("cell", $"{r.Id}-{c.Id}"),
                    Count = cell.Actions.Count,
                    Gap = cell.Empty,
                    cell.Text,
                    Actions = cell.Actions.Select(a => new { Ref = a.Id, Url = sv.ActionUrl(a.Id) }).ToArray(),
                    Promised = cell.Commitments.Select(x => new { Ref = x.Id, Url = sv.Url("priorities", "commitment", x.Id) }).ToArray(),
                };
            }).ToArray(),
        }).ToArray();
        return new
        {
            m.Matrix.Title,
            RowTitle = m.Rows.Title,
            ColumnTitle = m.Columns.Title,
            Columns = m.Columns.Items.Select(c => c.Title).ToArray(),
            Rows = rows,
            Gaps = m.EmptyCells,
            Cells = m.Cells.Count,
        };
    }
}
