namespace CohesionSite.Site.Pages;

/// <summary>Toolkit: principles → checklist questions (native checkboxes, guidance in details) → actions to take.</summary>
internal static class ToolkitPage
{
    public static Page Build(StrategyView sv, Pipeline.Links links)
    {
        var t = sv.Content.Toolkit;
        var model = new
        {
            Toolkit = t,
            Principles = (t?.Principles ?? []).Select(p => new
            {
                Anchor = Pipeline.Links.Anchor("tp", p.Id),
                p.Number,
                p.Title,
                p.Text,
                Questions = p.Questions.Select((q, n) => new
                {
                    Id = Pipeline.Links.Anchor("q", $"{p.Id}-{n + 1}"),
                    q.Text,
                    q.Guidance,
                }).ToArray(),
                p.Actions,
            }).ToArray(),
            Resources = (t?.Resources ?? []).Select(r => new { r.Title, Url = Rendering.SafeUrl.Check(r.Url), r.Text, Kind = sv.Text["toolkit.resource_kinds." + r.Kind.ToString().ToLowerInvariant()] }).ToArray(),
        };
        var text = t is null ? null : string.Join(" ", t.Principles.SelectMany(p => p.Questions.Select(q => q.Text).Prepend(p.Title)));
        return PageFactory.StrategyPage(sv, links, "toolkit", sv.SectionTitle("toolkit"), model, text);
    }
}
