namespace CohesionSite.Site.Pages;

/// <summary>Outcomes: RBA results with their "what this will look like" measures, indicators and the actions that serve them.</summary>
internal static class OutcomesPage
{
    public static Page Build(StrategyView sv, Pipeline.Links links)
    {
        var c = sv.Content;
        var model = new
        {
            Outcomes = c.Outcomes.Select(o => new
            {
                Anchor = Pipeline.Links.Anchor("outcome", o.Id),
                o.Number,
                o.Title,
                Kind = sv.Text[o.IsResult ? "outcomes.result" : "outcomes.outcome"],
                o.Text,
                o.Measures,
                Indicators = o.Indicators.Select(i => new { Title = c.IndicatorById.TryGetValue(i, out var ind) ? ind.Title : i, Url = sv.IndicatorUrl(i) }).ToArray(),
                Priorities = o.Priorities.Select(p => new { Title = sv.PriorityLabel(p), Url = sv.Url("priorities", "priority", p) }).ToArray(),
                Actions = sv.Analysis.Coverage.OfOutcome(o.Id).Select(a => new { Ref = a.Id, Url = sv.ActionUrl(a.Id) }).ToArray(),
                Principles = c.Strategy.Principles.Where(p => p.Outcomes.Contains(o.Id)).Select(p => new { p.Title, Url = sv.Url(string.Empty, "principle", p.Id) }).ToArray(),
            }).ToArray(),
        };
        return PageFactory.StrategyPage(sv, links, "outcomes", sv.SectionTitle("outcomes"), model, string.Join(" ", c.Outcomes.Select(o => o.Title)));
    }
}
