using System.Text;
using CohesionSite.Analysis;
using CohesionSite.Analysis.Status;
using CohesionSite.Core.Model;
using CohesionSite.Site.Charts;
using CohesionSite.Site.Localization;
using CohesionSite.Site.Rendering;

namespace CohesionSite.Site.Pages;

/// <summary>
/// One strategy's reporting status as the <c>status-bars</c> template shows it: for indicators,
/// actions by status, actions by RAG and milestones, a bar chart and the table beside it (the
/// table is the accessible truth; the chart's description repeats it), each count listing and
/// linking its members. Every count is read from <see cref="ReportingStatus"/>; nothing is counted
/// here. Kept apart from the status page so the board pack can show the same view.
/// </summary>
internal static class StatusView
{
    /// <summary>The view of <paramref name="sv"/> counted at <paramref name="asOf"/>; headings at <paramref name="level"/>, element ids prefixed with <paramref name="idPrefix"/> (page-unique).</summary>
    public static object Build(StrategyView sv, PartialDate asOf, int level, string idPrefix)
    {
        var status = sv.Analysis.StatusAt(asOf);
        var text = sv.Text;
        var noPlan = sv.Content.Actions.Count == 0;
        return new
        {
            Level = level,
            Place = sv.PlaceTitle,
            // Read after "Counted at " / "Cyfrifwyd ": the Welsh preposition follows the date's precision.
            AsOf = Labels.DateAt(asOf, text),
            AsOfIso = asOf.ToString(),
            AsOfSource = DateSource(sv.Content, asOf, text),
            NoPlan = noPlan ? PlanSentence(sv.Content, text) : null,
            Sections = Sections(sv, status, idPrefix, noPlan).ToArray(),
        };
    }

    private static IEnumerable<object> Sections(StrategyView sv, ReportingStatus status, string idPrefix, bool noPlan)
    {
        var text = sv.Text;
        yield return IndicatorSection(sv, status, idPrefix + "-indicators");
        if (noPlan)
        {
            yield break;
        }

        var anyStatus = status.ActionsByStatus.Any(c => c.Key != ActionStatus.NotReported && c.Count > 0);
        yield return Section(text, idPrefix + "-status", text["status.by_status_h"], "actions",
            anyStatus ? status.ActionsByStatus.Select(c => Row(Labels.ActionStatus(c.Key, text), c.Members.Select(a => ActionMember(sv, a)))).ToArray() : null,
            anyStatus ? [] : [text["status.no_status"]]);

        var anyRag = status.ActionsByRag.Any(c => c.Key is not null && c.Count > 0);
        yield return Section(text, idPrefix + "-rag", text["status.by_rag_h"], "actions",
            anyRag ? status.ActionsByRag.Select(c => Row(Labels.Rag(c.Key, text), c.Members.Select(a => ActionMember(sv, a)))).ToArray() : null,
            anyRag ? [] : [text["status.no_rag"]]);

        var milestoneCount = status.Milestones.Sum(c => c.Count);
        if (milestoneCount == 0)
        {
            yield return Section(text, idPrefix + "-milestones", text["status.milestones_h"], "milestones", null, [text["status.no_milestones"]]);
            yield break;
        }

        // "Done" comes only from an action reported complete: with no status reported at all, a
        // zero there would be invented, so the row is left out and the page says why.
        var rows = status.Milestones
            .Where(c => anyStatus || c.Key != MilestoneState.Done)
            .Select(c => Row(Labels.MilestoneState(c.Key, text), c.Members.Select(m => new Member(text.Format("status.action_milestone", m.Action.Id, m.Milestone.Text), sv.ActionUrl(m.Action.Id)))))
            .ToArray();
        string[] notes = anyStatus
            ? [text["status.done_note"]]
            : [text["status.no_done_note"]];
        yield return Section(text, idPrefix + "-milestones", text.Format("status.milestones_at_h", Labels.DateAt(status.AsOf, text)), "milestones", rows, notes);
    }

    private static object IndicatorSection(StrategyView sv, ReportingStatus status, string id)
    {
        var text = sv.Text;
        if (sv.Content.Indicators.Count == 0)
        {
            return Section(text, id, text["status.indicators_h"], "indicators", null, [text["status.no_indicators"]]);
        }

        var rows = status.Indicators.Select(c => Row(Labels.IndicatorState(c.Key, text), c.Members.Select(i => IndicatorMember(sv, i))))
            .Append(Row(text["status.no_target"], status.WithoutTarget.Select(i => IndicatorMember(sv, i))))
            .ToArray();
        return Section(text, id, text["status.indicators_by_state_h"], "indicators", rows, [text["status.indicators_note"]]);
    }

    // noun names what is counted ("actions"): the keys of the axis label and of the members' summary.
    private static object Section(UiText text, string id, string title, string noun, StatusRow[]? rows, IReadOnlyList<string> notes)
    {
        HtmlString? chart = null;
        if (rows is not null)
        {
            var sb = new StringBuilder(2048);
            BarChart.RenderCounts(sb, text, id + "-chart", title, text[$"status.{noun}_axis"], rows.Select(r => (r.Label, r.Count)).ToArray());
            chart = new HtmlString(sb.ToString());
        }

        var shown = (rows ?? []).Select(r => new { r.Label, r.Count, r.Members, Summary = text.Plural($"status.{noun}_count", r.Count) }).ToArray();
        return new { Id = id, Title = title, Chart = chart, Rows = shown, Notes = notes };
    }

    private static StatusRow Row(string label, IEnumerable<Member> members)
    {
        var list = members.ToArray();
        return new StatusRow(label, list.Length, list);
    }

    private static Member ActionMember(StrategyView sv, ActionItem a) => new(sv.Text.Format("status.action", a.Id), sv.ActionUrl(a.Id));

    private static Member IndicatorMember(StrategyView sv, Indicator i) =>
        new(i.Code is { Length: > 0 } code ? sv.Text.Format("status.indicator_code", code, i.Title) : i.Title, sv.IndicatorUrl(i.Id));

    // Says which date the strategy is counted at and where that date comes from, so two
    // strategies counted at different dates are not read as one moment.
    private static string DateSource(StrategyContent content, PartialDate asOf, UiText text)
    {
        var own = ReportingDate.Of(content, null);
        if (!own.Date.Equals(asOf))
        {
            return text["status.asof_gap_report"];
        }

        return own.Source switch
        {
            "reportingDate" => text["status.asof_reporting_date"],
            "status" => text.Format("status.asof_status", Labels.Humanize(content.Strategy.Status!.State, text).ToLowerInvariant()),
            "period" => text["status.asof_period"],
            _ => text["status.asof_fallback"],
        };
    }

    private static string PlanSentence(StrategyContent content, UiText text) => content.Plan?.State switch
    {
        PlanState.ToBeAgreed => text["status.plan_to_be_agreed"],
        PlanState.Missing => text["status.plan_missing"],
        _ => text["status.plan_none"],
    };

    private sealed record Member(string Text, string Url);

    private sealed record StatusRow(string Label, int Count, IReadOnlyList<Member> Members);
}
