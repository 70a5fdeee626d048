using CohesionSite.Analysis.Status;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;

namespace CohesionSite.Site.Pages;

/// <summary>
/// One action's own page: who leads it, its milestones with their state at the strategy's
/// reporting date, its progress notes as a timeline, its RAG history, and links to everything it
/// is tied to. Only what the source says: an absent status or rating is said to be unreported.
/// </summary>
internal static class ActionPage
{
    public static Page Build(StrategyView sv, Pipeline.Links links, ActionItem a, PartialDate asOf)
    {
        var c = sv.Content;
        var history = a.Progress.OrderBy(p => p.Date).ToArray();
        var model = new
        {
            Ref = a.Id,
            a.Text,
            AsOf = asOf.ToDisplay(),
            AsOfIso = asOf.ToString(),
            Priority = a.Priority is null ? null : sv.PriorityLabel(a.Priority),
            PriorityUrl = a.Priority is not null && c.PriorityById.ContainsKey(a.Priority) ? sv.Url("priorities", "priority", a.Priority) : null,
            Leads = a.Leads.Select(id => Named(sv, TargetKind.Partner, id, sv.PartnerName(id))).ToArray(),
            a.LeadText,
            Partners = a.Partners.Select(id => Named(sv, TargetKind.Partner, id, sv.PartnerName(id))).ToArray(),
            a.Outcome,
            Status = Labels.ActionStatus(a.Status),
            StatusClass = Labels.Humanize(a.Status).ToLowerInvariant().Replace(" ", "-", StringComparison.Ordinal),
            Rag = Labels.Rag(a.Rag),
            RagClass = Labels.RagClass(a.Rag),
            Milestones = a.Milestones.Select(m => Milestone(a, m, asOf)).ToArray(),
            Timeline = history.Select(p => new
            {
                Date = p.Date.ToDisplay(),
                Iso = p.Date.ToString(),
                Rag = p.Rag is null ? null : Labels.Rag(p.Rag),
                RagClass = Labels.RagClass(p.Rag),
                Status = p.Status is { } s ? Labels.ActionStatus(s) : null,
                p.Text,
            }).ToArray(),
            // The history is the dated ratings the notes carry; the current rating closes it.
            RagHistory = history.Where(p => p.Rag is not null).Select(p => new { Date = p.Date.ToDisplay(), Iso = p.Date.ToString(), Rag = Labels.Rag(p.Rag), RagClass = Labels.RagClass(p.Rag) }).ToArray(),
            Outcomes = a.Outcomes.Select(id => Named(sv, TargetKind.Outcome, id, c.OutcomeById.TryGetValue(id, out var o) ? o.Title : id)).ToArray(),
            Principles = a.Principles.Select(id => Named(sv, TargetKind.Principle, id, c.PrincipleById.TryGetValue(id, out var p) ? p.Title : id)).ToArray(),
            Values = a.Values.Select(id => Named(sv, TargetKind.Value, id, c.ValueById.TryGetValue(id, out var v) ? v.Title : id)).ToArray(),
            Groups = a.Groups.Select(id => Named(sv, TargetKind.Group, id, c.GroupById.TryGetValue(id, out var g) ? g.Title : id)).ToArray(),
            Indicators = a.Indicators.Select(id => new { Title = c.IndicatorById.TryGetValue(id, out var i) ? IndicatorPage.Heading(sv, i) : id, Url = sv.IndicatorUrl(id) }).ToArray(),
            SeeAlso = a.SeeAlso.Select(id => new { Ref = id, Url = sv.ActionUrl(id) }).ToArray(),
            // Actions that point here ("see action 1.1.1") are related too, though this one does not name them.
            ReferredBy = c.Actions.Where(x => x.SeeAlso.Contains(a.Id, StringComparer.Ordinal)).Select(x => new { Ref = x.Id, Url = sv.ActionUrl(x.Id) }).ToArray(),
            PlanUrl = sv.ActionRowUrl(a.Id),
        };
        var title = $"Action {a.Id}";
        var text = string.Join(" ", new[] { a.Id, a.Text, a.Outcome }.Concat(a.Milestones.Select(m => m.Text)).Concat(a.Progress.Select(p => p.Text)).OfType<string>());
        var notes = a.Source is { } src ? new[] { $"Action {PageFactory.Escape(a.Id)} was c" + PageFactory.Described(src)[1..] } : [];
        return PageFactory.EntityPage(sv, links, "actions", "Action plan", sv.ActionSegments.Of(a.Id)!, title, model, text, notes);
    }

    private static object Milestone(ActionItem a, Milestone m, PartialDate asOf)
    {
        var state = MilestoneStates.Of(a, m, asOf);
        var view = MilestoneView.Of(m);
        return new
        {
            View = view,
            // A milestone that is only its date ("March 2009") keeps its words as its name.
            Name = view.Text.Length > 0 ? view.Text : m.Text,
            State = state.Name(),
            StateLabel = Labels.MilestoneState(state),
        };
    }

    private static object Named(StrategyView sv, TargetKind kind, string id, string title) => new { Title = title, Url = sv.TargetUrl(kind, id) };
}
