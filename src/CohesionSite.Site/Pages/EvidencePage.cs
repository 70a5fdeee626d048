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
                // The first cell of each row heads the row (or, left empty, continues the group above);
                // the model guarantees one cell per column.
                Groups = EvidenceRows.Of(t.Rows),
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
        return PageFactory.StrategyPage(sv, links, "evidence", sv.SectionTitle("evidence"), model, string.Join(" ", sv.Content.Tables.Select(t => t.Title)));
    }
}
