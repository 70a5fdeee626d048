using CohesionSite.Analysis.Status;
using CohesionSite.Core.Model;
using CohesionSite.Site.Charts;
using CohesionSite.Site.Localization;

namespace CohesionSite.Site.Pages;

/// <summary>
/// One indicator's own page (Open SDG style): the "turn the curve" chart with the table beside it,
/// where the latest figure stands against the line from baseline to target (the analysis'
/// <see cref="IndicatorTrack"/>, the judgement the rules make), its metadata, what it is tied to,
/// and downloads of its data.
/// </summary>
internal static class IndicatorPage
{
    /// <summary>The indicator's heading: "NI 1: Title", or the title alone when it has no code.</summary>
    public static string Heading(StrategyView sv, Indicator i, UiText text) => sv.Effective(i).Code is { Length: > 0 } code ? text.Format("indicator.heading", code, i.Title) : i.Title;

    /// <summary>The page of <paramref name="i"/>, in the words of <paramref name="text"/>.</summary>
    public static Page Build(StrategyView sv, Pipeline.Links links, Indicator i, UiText text)
    {
        var c = sv.Content;
        var e = sv.Effective(i);
        var area = c.Strategy.Area;
        var name = sv.IndicatorSegments.Of(i.Id)!;
        // Outcomes it measures, named on either side (the indicator's list or the outcome's).
        var outcomes = i.Outcomes.Concat(sv.Analysis.Measures.OutcomesOf(i.Id)).Distinct(StringComparer.Ordinal);
        var model = new
        {
            Code = e.Code,
            i.Title,
            i.Category,
            National = e.National is { } n ? text.Format("indicator.national_code", n.Code, n.Title) : null,
            Unit = i.Unit ?? text["labels.not_stated"],
            Direction = Labels.Direction(sv.Analysis.DirectionOf(i), text),
            Survey = e.Survey ?? text["labels.not_stated"],
            SurveyFromNational = i.Survey is null && e.Survey is not null,
            Owner = e.Owner ?? text["labels.not_stated"],
            Periods = Periods(i, text),
            Chart = IndicatorChart.Render(i, Pipeline.Links.Anchor("chart", i.Id), e.Direction, text),
            BaselineTbd = i.Baseline is { ToBeDetermined: true },
            Track = TrackText(i, area, e.Direction, text),
            Rows = Rows(i, text).ToArray(),
            i.Note,
            Outcomes = outcomes.Select(o => new { Title = c.OutcomeById.TryGetValue(o, out var oc) ? oc.Title : o, Url = sv.TargetUrl(Core.Findings.TargetKind.Outcome, o) }).ToArray(),
            Priorities = i.Priorities.Select(p => new { Title = sv.PriorityLabel(p), Url = sv.TargetUrl(Core.Findings.TargetKind.Priority, p) }).ToArray(),
            Actions = c.Actions.Where(a => a.Indicators.Contains(i.Id, StringComparer.Ordinal)).Select(a => new { Ref = a.Id, Text = Rendering.MarkdownRenderer.Plain(a.Text), Url = sv.ActionUrl(a.Id) }).ToArray(),
            Downloads = Data.IndicatorDownloads.Links(sv, links, i, text),
            IndexUrl = sv.Url("indicators", "indicator", i.Id),
        };
        var search = string.Join(" ", new[] { e.Code, i.Title, i.Category, e.Survey, e.Owner, i.Note }.OfType<string>());
        // One sentence of its own, so a translation need not start with the captured-from wording.
        var notes = i.Source is { } src ? new[] { PageFactory.Described(src, text, "indicator.captured") } : [];
        return PageFactory.EntityPage(sv, links, "indicators", text["strategy_nav.indicators"], name, text.Format("indicator.title", e.Code is { Length: > 0 } code ? code : i.Title), model, search, notes);
    }

    // "Baseline 2006; measurements 2008, 2009; targets 2011": every period the figures are for.
    private static string Periods(Indicator i, UiText text)
    {
        static string List(IEnumerable<DataPoint> points) => string.Join(", ", points.Select(p => p.Period).OfType<string>().Distinct(StringComparer.Ordinal));
        var parts = new List<string>();
        if (i.Baseline?.Period is { } bp)
        {
            parts.Add(text.Format("indicator.periods_baseline", bp));
        }

        if (List(i.Measurements) is { Length: > 0 } ms)
        {
            parts.Add(text.Format("indicator.periods_measurements", ms));
        }

        if (List(i.Targets) is { Length: > 0 } ts)
        {
            parts.Add(text.Format("indicator.periods_targets", ts));
        }

        // The parts are worded to follow one another; the first starts the sentence with a capital.
        return parts.Count == 0 ? text["labels.not_stated"] : char.ToUpperInvariant(parts[0][0]) + string.Join(text["indicator.periods_separator"], parts)[1..];
    }

    // The sentence beside the chart: where the latest figure stands against the line, or why that cannot be said.
    private static string TrackText(Indicator i, string area, Direction direction, UiText text)
    {
        if (IndicatorTrack.Of(i, area, direction) is { } t)
        {
            // Two whole sentences rather than one with "behind" or "on or ahead of" put in: the words around them change with it in other languages.
            return text.Format(t.OffTrack ? "indicator.track_behind" : "indicator.track_on", area, IndicatorTrack.Describe(t.Latest), IndicatorTrack.Describe(t.Baseline), IndicatorTrack.Describe(t.Target), t.ExpectedText);
        }

        var why = IndicatorTrack.OwnBaseline(i, area) is not { } b ? text.Format("indicator.no_baseline", area)
            : Analysis.Periods.EndYear(b.Period) == 0 ? text["indicator.baseline_no_year"]
            : !i.Targets.Any(t => t.Value is not null && IndicatorTrack.IsOwn(t, area) && Analysis.Periods.EndYear(t.Period) > Analysis.Periods.EndYear(b.Period)) ? text.Format("indicator.no_target", area)
            : text.Format("indicator.no_measurement", area);
        return text.Format("indicator.no_track", why);
    }

    // The table beside the chart: the baseline (or that there is none), every measurement, every target.
    // The kinds are the chart's words (charts.*), so each mark's title repeats its row.
    private static IEnumerable<object> Rows(Indicator i, UiText text)
    {
        if (i.Baseline is { } b)
        {
            yield return Row(text["charts.baseline"], b, text);
        }
        else
        {
            yield return new { Kind = text["charts.baseline"], Period = string.Empty, Area = string.Empty, Value = text["indicator.no_baseline_value"], Note = string.Empty };
        }

        foreach (var m in i.Measurements)
        {
            yield return Row(text["charts.measurement"], m, text);
        }

        foreach (var t in i.Targets)
        {
            yield return Row(text["charts.target"], t, text);
        }
    }

    private static object Row(string kind, DataPoint p, UiText text) => new
    {
        Kind = kind,
        Period = p.Period ?? string.Empty,
        Area = p.Area ?? string.Empty,
        Value = IndicatorChart.ValueText(p, text),
        Note = p.Note ?? string.Empty,
    };
}
