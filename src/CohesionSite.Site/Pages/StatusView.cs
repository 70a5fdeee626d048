using System.Text;
using CohesionSite.Analysis;
using CohesionSite.Analysis.Status;
using CohesionSite.Core.Model;
using CohesionSite.Site.Charts;
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
        var noPlan = sv.Content.Actions.Count == 0;
        return new
        {
            Level = level,
            Place = sv.PlaceTitle,
            AsOf = asOf.ToDisplay(),
            AsOfIso = asOf.ToString(),
            AsOfSource = DateSource(sv.Content, asOf),
            NoPlan = noPlan ? PlanSentence(sv.Content) : null,
            Sections = Sections(sv, status, idPrefix, noPlan).ToArray(),
        };
    }

    private static IEnumerable<object> Sections(StrategyView sv, ReportingStatus status, string idPrefix, bool noPlan)
    {
        yield return IndicatorSection(sv, status, idPrefix + "-indicators");
        if (noPlan)
        {
            yield break;
        }

        var anyStatus = status.ActionsByStatus.Any(c => c.Key != ActionStatus.NotReported && c.Count > 0);
        yield return Section(idPrefix + "-status", "Actions by status", "actions",
            anyStatus ? status.ActionsByStatus.Select(c => Row(Labels.ActionStatus(c.Key), c.Members.Select(a => ActionMember(sv, a)))).ToArray() : null,
            anyStatus ? [] : ["The plan reports no status for its actions."]);

        var anyRag = status.ActionsByRag.Any(c => c.Key is not null && c.Count > 0);
        yield return Section(idPrefix + "-rag", "Actions by RAG rating", "actions",
            anyRag ? status.ActionsByRag.Select(c => Row(Labels.Rag(c.Key), c.Members.Select(a => ActionMember(sv, a)))).ToArray() : null,
            anyRag ? [] : ["The plan reports no RAG rating for its actions."]);

        var milestoneCount = status.Milestones.Sum(c => c.Count);
        if (milestoneCount == 0)
        {
            yield return Section(idPrefix + "-milestones", "Milestones", "milestones", null, ["The plan gives its actions no milestones."]);
            yield break;
        }

        // "Done" comes only from an action reported complete: with no status reported at all, a
        // zero there would be invented, so the row is left out and the page says why.
        var rows = status.Milestones
            .Where(c => anyStatus || c.Key != MilestoneState.Done)
            .Select(c => Row(Labels.MilestoneState(c.Key), c.Members.Select(m => new Member($"Action {m.Action.Id}: {m.Milestone.Text}", sv.ActionUrl(m.Action.Id)))))
            .ToArray();
        string[] notes = anyStatus
            ? ["A milestone counts as done when its action is reported complete; the plan records no completion of single milestones."]
            : ["The plan reports no status for its actions, so no milestone can be counted as done; they are counted by their dates only."];
        yield return Section(idPrefix + "-milestones", $"Milestones at {status.AsOf.ToDisplay()}", "milestones", rows, notes);
    }

    private static object IndicatorSection(StrategyView sv, ReportingStatus status, string id)
    {
        if (sv.Content.Indicators.Count == 0)
        {
            return Section(id, "Indicators", "indicators", null, ["This strategy lists no indicators."]);
        }

        var rows = status.Indicators.Select(c => Row(Labels.IndicatorState(c.Key), c.Members.Select(i => IndicatorMember(sv, i))))
            .Append(Row("No target (of any state above)", status.WithoutTarget.Select(i => IndicatorMember(sv, i))))
            .ToArray();
        return Section(id, "Indicators by state", "indicators", rows,
            ["With figures since the baseline: at least one measurement besides the baseline. The last row counts again, across the states, the indicators that give no target."]);
    }

    private static object Section(string id, string title, string noun, StatusRow[]? rows, IReadOnlyList<string> notes)
    {
        HtmlString? chart = null;
        if (rows is not null)
        {
            var sb = new StringBuilder(2048);
            BarChart.RenderCounts(sb, id + "-chart", title, $"Number of {noun}", rows.Select(r => (r.Label, r.Count)).ToArray());
            chart = new HtmlString(sb.ToString());
        }

        var shown = (rows ?? []).Select(r => new { r.Label, r.Count, r.Members, Summary = Summary(r.Count, noun) }).ToArray();
        return new { Id = id, Title = title, Chart = chart, Rows = shown, Notes = notes };
    }

    private static StatusRow Row(string label, IEnumerable<Member> members)
    {
        var list = members.ToArray();
        return new StatusRow(label, list.Length, list);
    }

    // "1 action", "36 actions": the members' summary line in the table.
    private static string Summary(int count, string noun) => Labels.Count(count, noun.TrimEnd('s'), noun);

    private static Member ActionMember(StrategyView sv, ActionItem a) => new($"Action {a.Id}", sv.ActionUrl(a.Id));

    private static Member IndicatorMember(StrategyView sv, Indicator i) =>
        new(i.Code is { Length: > 0 } code ? $"{code}: {i.Title}" : i.Title, sv.IndicatorUrl(i.Id));

    // Says which date the strategy is counted at and where that date comes from, so two
    // strategies counted at different dates are not read as one moment.
    private static string DateSource(StrategyContent content, PartialDate asOf)
    {
        var own = ReportingDate.Of(content, null);
        if (!own.Date.Equals(asOf))
        {
            return "the date the gap report was run at";
        }

        return own.Source switch
        {
            "reportingDate" => "the reporting date it gives",
            "status" => "the date of its status (" + Labels.Humanize(content.Strategy.Status!.State).ToLowerInvariant() + ")",
            "period" => "the start of its period",
            _ => "no date given: a fixed fallback",
        };
    }

    private static string PlanSentence(StrategyContent content) => content.Plan?.State switch
    {
        PlanState.ToBeAgreed => "There is no action plan for this strategy yet (it is to be agreed), so there are no actions or milestones to count.",
        PlanState.Missing => "The action plan this strategy refers to is missing, so there are no actions or milestones to count.",
        _ => "There is no action plan for this strategy, so there are no actions or milestones to count.",
    };

    private sealed record Member(string Text, string Url);

    private sealed record StatusRow(string Label, int Count, IReadOnlyList<Member> Members);
}
