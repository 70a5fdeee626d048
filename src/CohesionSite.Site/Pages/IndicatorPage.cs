using CohesionSite.Analysis.Status;
using CohesionSite.Core.Model;
using CohesionSite.Site.Charts;

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
    public static string Heading(StrategyView sv, Indicator i) => sv.Effective(i).Code is { Length: > 0 } code ? $"{code}: {i.Title}" : i.Title;

    public static Page Build(StrategyView sv, Pipeline.Links links, Indicator i)
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
            National = e.National is { } n ? $"{n.Code}: {n.Title}" : null,
            Unit = i.Unit ?? "Not stated",
            Direction = Labels.Direction(sv.Analysis.DirectionOf(i)),
            Survey = e.Survey ?? "Not stated",
            SurveyFromNational = i.Survey is null && e.Survey is not null,
            Owner = e.Owner ?? "Not stated",
            Periods = Periods(i),
            Chart = IndicatorChart.Render(i, Pipeline.Links.Anchor("chart", i.Id), e.Direction),
            BaselineTbd = i.Baseline is { ToBeDetermined: true },
            Track = TrackText(i, area, e.Direction),
            Rows = Rows(i).ToArray(),
            i.Note,
            Outcomes = outcomes.Select(o => new { Title = c.OutcomeById.TryGetValue(o, out var oc) ? oc.Title : o, Url = sv.TargetUrl(Core.Findings.TargetKind.Outcome, o) }).ToArray(),
            Priorities = i.Priorities.Select(p => new { Title = sv.PriorityLabel(p), Url = sv.TargetUrl(Core.Findings.TargetKind.Priority, p) }).ToArray(),
            Actions = c.Actions.Where(a => a.Indicators.Contains(i.Id, StringComparer.Ordinal)).Select(a => new { Ref = a.Id, Text = Rendering.MarkdownRenderer.Plain(a.Text), Url = sv.ActionUrl(a.Id) }).ToArray(),
            Downloads = Data.IndicatorDownloads.Links(sv, links, i),
            IndexUrl = sv.Url("indicators", "indicator", i.Id),
        };
        var text = string.Join(" ", new[] { e.Code, i.Title, i.Category, e.Survey, e.Owner, i.Note }.OfType<string>());
        var notes = i.Source is { } src ? new[] { "This indicator was c" + PageFactory.Described(src)[1..] } : [];
        return PageFactory.EntityPage(sv, links, "indicators", "Indicators", name, e.Code is { Length: > 0 } code ? $"Indicator {code}" : $"Indicator {i.Title}", model, text, notes);
    }

    // "Baseline 2006; measurements 2008, 2009; targets 2011": every period the figures are for.
    private static string Periods(Indicator i)
    {
        static string List(IEnumerable<DataPoint> points) => string.Join(", ", points.Select(p => p.Period).OfType<string>().Distinct(StringComparer.Ordinal));
        var parts = new List<string>();
        if (i.Baseline?.Period is { } bp)
        {
            parts.Add($"baseline {bp}");
        }

        if (List(i.Measurements) is { Length: > 0 } ms)
        {
            parts.Add($"measurements {ms}");
        }

        if (List(i.Targets) is { Length: > 0 } ts)
        {
            parts.Add($"targets {ts}");
        }

        return parts.Count == 0 ? "Not stated" : char.ToUpperInvariant(parts[0][0]) + string.Join("; ", parts)[1..];
    }

    // The sentence beside the chart: where the latest figure stands against the line, or why that cannot be said.
    private static string TrackText(Indicator i, string area, Direction direction)
    {
        if (IndicatorTrack.Of(i, area, direction) is { } t)
        {
            var where = t.OffTrack ? "behind the line" : "on or ahead of the line";
            return $"The latest figure for {area}, {IndicatorTrack.Describe(t.Latest)}, is {where} from the baseline, {IndicatorTrack.Describe(t.Baseline)}, to the target, {IndicatorTrack.Describe(t.Target)}: the line expects {t.ExpectedText} by then.";
        }

        var why = IndicatorTrack.OwnBaseline(i, area) is not { } b ? $"there is no numeric baseline for {area}"
            : Analysis.Periods.EndYear(b.Period) == 0 ? "the baseline has no year"
            : !i.Targets.Any(t => t.Value is not null && IndicatorTrack.IsOwn(t, area) && Analysis.Periods.EndYear(t.Period) > Analysis.Periods.EndYear(b.Period)) ? $"there is no target for {area} after the baseline"
            : $"there is no measurement for {area} after the baseline yet";
        return $"Whether it is on track cannot be said: {why}.";
    }

    // The table beside the chart: the baseline (or that there is none), every measurement, every target.
    private static IEnumerable<object> Rows(Indicator i)
    {
        if (i.Baseline is { } b)
        {
            yield return Row("Baseline", b);
        }
        else
        {
            yield return new { Kind = "Baseline", Period = string.Empty, Area = string.Empty, Value = "None given in the source", Note = string.Empty };
        }

        foreach (var m in i.Measurements)
        {
            yield return Row("Measurement", m);
        }

        foreach (var t in i.Targets)
        {
            yield return Row("Target", t);
        }
    }

    private static object Row(string kind, DataPoint p) => new
    {
        Kind = kind,
        Period = p.Period ?? string.Empty,
        Area = p.Area ?? string.Empty,
        Value = IndicatorChart.ValueText(p),
        Note = p.Note ?? string.Empty,
    };
}
