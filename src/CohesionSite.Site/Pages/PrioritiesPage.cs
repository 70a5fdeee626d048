using CohesionSite.Core.Model;

namespace CohesionSite.Site.Pages;

/// <summary>Priorities: the themes → priorities tree, each node's narrative, commitments and the actions that deliver them.</summary>
internal static class PrioritiesPage
{
    public static Page Build(StrategyView sv, Pipeline.Links links)
    {
        var nodes = Flatten(sv, sv.Content.Priorities, 0).ToArray();
        var text = string.Join(" ", sv.Content.AllPriorities.Select(p => $"{p.Number} {p.Title}"));
        return PageFactory.StrategyPage(sv, links, "priorities", "Priorities", new { Nodes = nodes, Count = sv.Content.AllPriorities.Count }, text);
    }

    private static IEnumerable<object> Flatten(StrategyView sv, IEnumerable<PriorityNode> nodes, int depth)
    {
        foreach (var p in nodes)
        {
            yield return new
            {
                Anchor = Pipeline.Links.Anchor("priority", p.Id),
                Level = Math.Min(6, 2 + depth),
                Depth = depth,
                Kind = Labels.Humanize(p.Kind),
                p.Number,
                p.Title,
                p.Narrative,
                p.Challenges,
                Variants = p.Variants.Select(v => new { v.Place, v.Title }).ToArray(),
                National = p.National.Select(sv.ItemTitle).ToArray(),
                Outcomes = p.Outcomes.Select(o => new { Title = sv.Content.OutcomeById.TryGetValue(o, out var oc) ? oc.Title : o, Url = sv.Url("outcomes", "outcome", o) }).ToArray(),
                Commitments = p.Commitments.Select(c => new
                {
                    Anchor = Pipeline.Links.Anchor("commitment", c.Id),
                    c.Text,
                    Due = Labels.Date(c.Due),
                    Leads = sv.PartnerNames(c.Leads),
                    Actions = c.Actions.Select(a => new { Ref = a, Url = sv.ActionUrl(a) }).ToArray(),
                }).ToArray(),
                Actions = sv.ActionsByPriority.GetValueOrDefault(p.Id, []).Select(a => new { Ref = a.Id, a.Text, Url = sv.ActionUrl(a.Id) }).ToArray(),
            };
            foreach (var child in Flatten(sv, p.Children, depth + 1))
            {
                yield return child;
            }
        }
    }
}
