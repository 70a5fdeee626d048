using CohesionSite.Analysis.Status;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;
using CohesionSite.Site.Localization;

namespace CohesionSite.Site.Pages;

/// <summary>
/// One action's own page: who leads it, its milestones with their state at the strategy's
/// reporting date, its progress notes as a timeline, its RAG history, and links to everything it
/// is tied to. Only what the source says: an absent status or rating is said to be unreported.
/// </summary>
internal static class ActionPage
{
    /// <summary>The page of <paramref name="a"/> judged at <paramref name="asOf"/>, in the words of <paramref name="text"/>.</summary>
    public static Page Build(StrategyView sv, Pipeline.Links links, ActionItem a, PartialDate asOf, UiText text)
    {
        var c = sv.Content;
        // The reporting date sits inside sentences as a time element, so those sentences are made here.
        var asOfHtml = $"<time datetime=\"{asOf}\">{System.Net.WebUtility.HtmlEncode(Labels.Date(asOf, text))}</time>";
        var history = a.Progress.OrderBy(p => p.Date).ToArray();
        var model = new
        {
            Ref = a.Id,
            a.Text,
            MilestonesCaption = HtmlText.Format(text["action.milestones_caption"], System.Net.WebUtility.HtmlEncode(a.Id), asOfHtml),
            AtHeading = HtmlText.Format(text["action.at"], asOfHtml),
            Priority = a.Priority is null ? null : sv.PriorityLabel(a.Priority),
            PriorityUrl = a.Priority is not null && c.PriorityById.ContainsKey(a.Priority) ? sv.Url("priorities", "priority", a.Priority) : null,
            Leads = a.Leads.Select(id => Named(sv, TargetKind.Partner, id, sv.PartnerName(id))).ToArray(),
            a.LeadText,
            Partners = a.Partners.Select(id => Named(sv, TargetKind.Partner, id, sv.PartnerName(id))).ToArray(),
            a.Outcome,
            Status = Labels.ActionStatus(a.Status, text),
            StatusClass = Labels.Humanize(a.Status).ToLowerInvariant().Replace(" ", "-", StringComparison.Ordinal),
            Rag = Labels.Rag(a.Rag, text),
            RagClass = Labels.RagClass(a.Rag),
            Milestones = a.Milestones.Select(m => Milestone(a, m, asOf, text)).ToArray(),
            Timeline = history.Select(p => new
            {
                Date = Labels.Date(p.Date, text),
                Iso = p.Date.ToString(),
                Rag = p.Rag is null ? null : Labels.Rag(p.Rag, text),
                RagClass = Labels.RagClass(p.Rag),
                Status = p.Status is { } s ? Labels.ActionStatus(s, text) : null,
                p.Text,
            }).ToArray(),
            // The history is the dated ratings the notes carry; the current rating closes it.
            RagHistory = history.Where(p => p.Rag is not null).Select(p => new { Date = Labels.Date(p.Date, text), Iso = p.Date.ToString(), Rag = Labels.Rag(p.Rag, text), RagClass = Labels.RagClass(p.Rag) }).ToArray(),
            Outcomes = a.Outcomes.Select(id => Named(sv, TargetKind.Outcome, id, c.OutcomeById.TryGetValue(id, out var o) ? o.Title : id)).ToArray(),
            Principles = a.Principles.Select(id => Named(sv, TargetKind.Principle, id, c.PrincipleById.TryGetValue(id, out var p) ? p.Title : id)).ToArray(),
            Values = a.Values.Select(id => Named(sv, TargetKind.Value, id, c.ValueById.TryGetValue(id, out var v) ? v.Title : id)).ToArray(),
            Groups = a.Groups.Select(id => Named(sv, TargetKind.Group, id, c.GroupById.TryGetValue(id, out var g) ? g.Title : id)).ToArray(),
            Indicators = a.Indicators.Select(id => new { Title = c.IndicatorById.TryGetValue(id, out var i) ? IndicatorPage.Heading(sv, i, text) : id, Url = sv.IndicatorUrl(id) }).ToArray(),
            SeeAlso = a.SeeAlso.Select(id => new { Ref = id, Url = sv.ActionUrl(id) }).ToArray(),
            // Actions that point here ("see action 1.1.1") are related too, though this one does not name them.
            ReferredBy = c.Actions.Where(x => x.SeeAlso.Contains(a.Id, StringComparer.Ordinal)).Select(x => new { Ref = x.Id, Url = sv.ActionUrl(x.Id) }).ToArray(),
            PlanUrl = sv.ActionRowUrl(a.Id),
        };
        var title = text.Format("action.title", a.Id);
        var search = string.Join(" ", new[] { a.Id, a.Text, a.Outcome }.Concat(a.Milestones.Select(m => m.Text)).Concat(a.Progress.Select(p => p.Text)).OfType<string>());
        // One sentence with the reference in it, so a translation need not start with the captured-from wording.
        var notes = a.Source is { } src ? new[] { PageFactory.Described(src, text, "action.captured", PageFactory.Escape(a.Id)) } : [];
        return PageFactory.EntityPage(sv, links, "actions", text["strategy_nav.actions"], sv.ActionSegments.Of(a.Id)!, title, model, search, notes);
    }

    private static object Milestone(ActionItem a, Milestone m, PartialDate asOf, UiText text)
    {
        var state = MilestoneStates.Of(a, m, asOf);
        var view = MilestoneView.Of(m, text);
        return new
        {
            View = view,
            // A milestone that is only its date ("March 2009") keeps its words as its name.
            Name = view.Text.Length > 0 ? view.Text : m.Text,
            State = state.Name(),
            StateLabel = Labels.MilestoneState(state, text),
        };
    }

    private static object Named(StrategyView sv, TargetKind kind, string id, string title) => new { Title = title, Url = sv.TargetUrl(kind, id) };
}
