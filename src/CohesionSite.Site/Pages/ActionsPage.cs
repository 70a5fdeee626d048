using CohesionSite.Core.Model;

namespace CohesionSite.Site.Pages;

/// <summary>Action plan: one table row per action, complete without JavaScript; a script adds filters.</summary>
internal static class ActionsPage
{
    public static Page Build(StrategyView sv, Pipeline.Links links)
    {
        var actions = sv.Content.Actions;
        var plan = sv.Content.Plan;
        var model = new
        {
            Plan = plan,
            PlanState = plan is null ? "No action plan file" : Labels.Humanize(plan.State),
            PlanDate = Labels.Date(plan?.Date),
            Rows = actions.Select(a => Row(sv, a)).ToArray(),
            RagDefinitions = sv.Content.Strategy.RagDefinitions.Select(x => new { Rag = Labels.Rag(x.Rag), x.Meaning }).ToArray(),
            Downloads = Data.Downloads.For(sv, links, "actions"),
        };
        var text = string.Join(" ", actions.Select(a => a.Id + " " + a.Text));
        // The plan's note is about how it was captured ("The seed has only the heading …"): source block.
        var notes = plan?.Note is { Length: > 0 } note ? new[] { note } : [];
        return PageFactory.StrategyPage(sv, links, "actions", "Action plan", model, text, ["assets/filter.js"], notes);
    }

    private static object Row(StrategyView sv, ActionItem a) => new
    {
        Anchor = Pipeline.Links.Anchor("action", a.Id),
        Ref = a.Id,
        PageUrl = sv.ActionUrl(a.Id),
        a.Text,
        Priority = sv.PriorityLabel(a.Priority),
        PriorityUrl = a.Priority is not null && sv.Content.PriorityById.ContainsKey(a.Priority) ? sv.Url("priorities", "priority", a.Priority) : null,
        Milestones = a.Milestones.Select(MilestoneView.Of).ToArray(),
        Leads = a.Leads.Count > 0 ? sv.PartnerNames(a.Leads) : a.LeadText ?? "No lead named",
        LeadText = a.Leads.Count > 0 ? a.LeadText : null,
        Partners = sv.PartnerNames(a.Partners),
        a.Outcome,
        Status = Labels.ActionStatus(a.Status),
        StatusKey = a.Status.ToString(),
        StatusClass = Labels.Humanize(a.Status).ToLowerInvariant().Replace(" ", "-", StringComparison.Ordinal),
        Rag = Labels.Rag(a.Rag),
        RagClass = Labels.RagClass(a.Rag),
        Progress = a.Progress.Select(p => new { Date = p.Date.ToDisplay(), Rag = p.Rag is null ? null : Labels.Rag(p.Rag), p.Text }).ToArray(),
        SeeAlso = a.SeeAlso.Select(x => new { Ref = x, Url = sv.ActionUrl(x) }).ToArray(),
    };
}
