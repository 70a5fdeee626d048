using CohesionSite.Core.Model;
using CohesionSite.Site.Localization;

namespace CohesionSite.Site.Pages;

/// <summary>Action plan: one table row per action, complete without JavaScript; a script adds filters.</summary>
internal static class ActionsPage
{
    /// <summary>The page in the words of <paramref name="text"/>.</summary>
    public static Page Build(StrategyView sv, Pipeline.Links links, UiText text)
    {
        var actions = sv.Content.Actions;
        var plan = sv.Content.Plan;
        var model = new
        {
            Plan = plan,
            PlanState = plan is null ? text["actions.no_plan_file"] : Labels.Humanize(plan.State, text),
            PlanDate = Labels.Date(plan?.Date, text),
            Rows = actions.Select(a => Row(sv, a, text)).ToArray(),
            // One sentence, so a language may order the rating and its meaning its own way.
            RagDefinitions = sv.Content.Strategy.RagDefinitions.Count == 0 ? null : text.Format(
                "actions.rag_definitions",
                string.Join(text["actions.rag_separator"], sv.Content.Strategy.RagDefinitions.Select(x => text.Format("actions.rag_means", Labels.Rag(x.Rag, text), x.Meaning)))),
            Downloads = Data.Downloads.For(sv, links, "actions", text),
        };
        var search = string.Join(" ", actions.Select(a => a.Id + " " + a.Text));
        // The plan's note is about how it was captured ("The seed has only the heading …"): source block.
        var notes = plan?.Note is { Length: > 0 } note ? new[] { note } : [];
        return PageFactory.StrategyPage(sv, links, "actions", text["strategy_nav.actions"], model, search, ["assets/filter.js"], notes);
    }

    private static object Row(StrategyView sv, ActionItem a, UiText text) => new
    {
        Anchor = Pipeline.Links.Anchor("action", a.Id),
        Ref = a.Id,
        PageUrl = sv.ActionUrl(a.Id),
        a.Text,
        Priority = sv.PriorityLabel(a.Priority),
        PriorityUrl = a.Priority is not null && sv.Content.PriorityById.ContainsKey(a.Priority) ? sv.Url("priorities", "priority", a.Priority) : null,
        Milestones = a.Milestones.Select(m => MilestoneView.Of(m, text)).ToArray(),
        Leads = a.Leads.Count > 0 ? sv.PartnerNames(a.Leads) : a.LeadText ?? text["actions.no_lead"],
        LeadText = a.Leads.Count > 0 ? a.LeadText : null,
        Partners = sv.PartnerNames(a.Partners),
        a.Outcome,
        Status = Labels.ActionStatus(a.Status, text),
        StatusKey = a.Status.ToString(),
        StatusClass = Labels.Humanize(a.Status).ToLowerInvariant().Replace(" ", "-", StringComparison.Ordinal),
        Rag = Labels.Rag(a.Rag, text),
        RagClass = Labels.RagClass(a.Rag),
        Progress = a.Progress.Select(p => new { Date = Labels.Date(p.Date, text), Rag = p.Rag is null ? null : Labels.Rag(p.Rag, text), p.Text }).ToArray(),
        SeeAlso = a.SeeAlso.Select(x => new { Ref = x, Url = sv.ActionUrl(x) }).ToArray(),
    };
}
