namespace CohesionSite.Site.Pages;

/// <summary>Good practice: case studies with place, theme, summary and what they achieved.</summary>
internal static class PracticePage
{
    public static Page Build(StrategyView sv, Pipeline.Links links)
    {
        var model = new
        {
            Cases = sv.Content.Cases.Select(c => new
            {
                Anchor = Pipeline.Links.Anchor("case", c.Id),
                c.Title,
                c.Place,
                Theme = c.Theme is null ? null : sv.PriorityLabel(c.Theme),
                ThemeUrl = c.Theme is not null && sv.Content.PriorityById.ContainsKey(c.Theme) ? sv.Url("priorities", "priority", c.Theme) : null,
                c.Summary,
                c.Achieved,
                Links = c.Links.Select(r => new { r.Title, Url = Rendering.SafeUrl.Check(r.Url), r.Text }).ToArray(),
            }).ToArray(),
        };
        return PageFactory.StrategyPage(sv, links, "practice", sv.SectionTitle("practice"), model, string.Join(" ", sv.Content.Cases.Select(c => $"{c.Title} {c.Place}")));
    }
}
