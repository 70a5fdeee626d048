namespace CohesionSite.Site.Pages;

/// <summary>Evidence: survey and funding tables as real tables (caption, header scopes), and single figures.</summary>
internal static class EvidencePage
{
    public static Page Build(StrategyView sv, Pipeline.Links links)
    {
        var model = new
        {
            Tables = sv.Content.Tables.Select(t => new
            {
                Anchor = Pipeline.Links.Anchor("evidence", t.Id),
                t.Title,
                t.Description,
                t.Columns,
                // The first cell of each row heads the row; the model guarantees one cell per column.
                Rows = t.Rows.Select(r => new { Head = r.Count > 0 ? r[0] : string.Empty, Cells = r.Skip(1).ToArray() }).ToArray(),
                t.Notes,
            }).ToArray(),
            Figures = sv.Content.Figures.Select(f => new
            {
                Anchor = Pipeline.Links.Anchor("evidence", f.Id),
                f.Label,
                f.Text,
                Unit = f.Unit ?? string.Empty,
                Period = f.Period ?? string.Empty,
                Area = f.Area ?? string.Empty,
            }).ToArray(),
        };
        return PageFactory.StrategyPage(sv, links, "evidence", "Evidence", model, string.Join(" ", sv.Content.Tables.Select(t => t.Title)));
    }
}
