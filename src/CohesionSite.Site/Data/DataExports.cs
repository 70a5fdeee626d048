using System.Text.Json;
using CohesionSite.Content.Export;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;
using CohesionSite.Site.Pages;

namespace CohesionSite.Site.Data;

/// <summary>The per-strategy open data: actions, indicators and findings as CSV and JSON.</summary>
internal static class DataExports
{
    /// <summary>
    /// Each file a strategy publishes: its name, its label on the downloads page, and the function that
    /// makes its text (so a build can make each one only when it writes it).
    /// </summary>
    public static IReadOnlyList<(string File, string Label, Func<StrategyView, string> Make)> Files { get; } =
    [
        ("actions.csv", "Action plan (CSV)", ActionsCsv),
        ("actions.json", "Action plan (JSON)", sv => JsonSerializer.Serialize(new ActionsJson(sv.Id, sv.Content.Actions), ModelJson.Compact)),
        ("indicators.csv", "Indicators, one row per figure (CSV)", IndicatorsCsv),
        ("indicators.json", "Indicators (JSON)", sv => JsonSerializer.Serialize(new IndicatorsJson(sv.Id, Judged(sv)), ModelJson.Compact)),
        ("findings.csv", "Gap findings (CSV)", FindingsCsv),
        ("findings.json", "Gap findings (JSON)", sv => JsonSerializer.Serialize(new FindingsJson(sv.Id, sv.Findings.Select(Json).ToArray()), ModelJson.Compact)),
    ];

    /// <summary>Every file of <paramref name="sv"/>, made now.</summary>
    public static IEnumerable<(string File, string Text)> For(StrategyView sv) => Files.Select(f => (f.File, f.Make(sv)));

    private static string ActionsCsv(StrategyView sv)
    {
        var actions = new Csv("strategy", "ref", "text", "priority", "milestones", "leads", "partners", "outcome", "status", "rag");
        foreach (var a in sv.Content.Actions)
        {
            actions.Row(sv.Id, a.Id, a.Text, a.Priority, string.Join("; ", a.Milestones.Select(m => m.Due is { } d ? $"{m.Text} ({d})" : m.Text)),
                sv.PartnerNames(a.Leads), sv.PartnerNames(a.Partners), a.Outcome, Labels.ActionStatus(a.Status), a.Rag?.ToString().ToLowerInvariant());
        }

        return actions.ToString();
    }

    private static string IndicatorsCsv(StrategyView sv)
    {
        var indicators = new Csv("strategy", "indicator", "code", "title", "unit", "direction", "owner", "survey", "kind", "period", "area", "value", "text", "to_be_determined");
        foreach (var i in Judged(sv))
        {
            var points = (i.Baseline is null ? [] : new[] { ("baseline", i.Baseline) })
                .Concat(i.Measurements.Select(m => ("measurement", m)))
                .Concat(i.Targets.Select(t => ("target", t)));
            foreach (var (kind, p) in points)
            {
                indicators.Row(sv.Id, i.Id, i.Code, i.Title, i.Unit, i.Direction.ToString().ToLowerInvariant(), i.Owner, i.Survey, kind, p.Period, p.Area, p.Value, p.Text, p.ToBeDetermined ? "true" : "false");
            }
        }

        return indicators.ToString();
    }

    /// <summary>
    /// The indicators with the direction they are judged in (the analysis': the national indicator's
    /// where the strategy states none), so a download says what the page and the rules say.
    /// </summary>
    private static IReadOnlyList<Indicator> Judged(StrategyView sv) =>
        sv.Content.Indicators.Select(i => sv.Analysis.DirectionOf(i) is { FromNational: true } d ? i with { Direction = d.Direction } : i).ToArray();

    private static string FindingsCsv(StrategyView sv)
    {
        var findings = new Csv("strategy", "rule", "severity", "target_kind", "target", "file", "line", "column", "message", "waived");
        foreach (var f in sv.Findings)
        {
            findings.Row(sv.Id, f.RuleId, f.Severity.ToString().ToLowerInvariant(), f.TargetKind.Name(), f.Target, f.Mark.File, f.Mark.Line, f.Mark.Column, f.Message, f.Waived ? "true" : "false");
        }

        return findings.ToString();
    }

    private static FindingJson Json(Finding f) => new(
        f.RuleId,
        f.Severity.ToString().ToLowerInvariant(),
        f.TargetKind.Name(),
        f.Target,
        f.Mark.File,
        f.Mark.Line,
        f.Mark.Column,
        f.Message,
        f.Rationale,
        f.Waived,
        f.Waiver is { } w ? new WaiverJson(w.Reason, w.Owner, w.Expires?.ToString()) : null);

    // Typed shapes of the JSON files (anonymous types and object-typed members sent System.Text.Json
    // through its polymorphic, per-value type lookups). Property order is the files' key order.
    private sealed record ActionsJson(string Strategy, IReadOnlyList<ActionItem> Actions);

    private sealed record IndicatorsJson(string Strategy, IReadOnlyList<Indicator> Indicators);

    private sealed record FindingsJson(string Strategy, IReadOnlyList<FindingJson> Findings);

    private sealed record FindingJson(
        string Rule, string Severity, string TargetKind, string Target, string File, int Line, int Column, string Message, string? Rationale, bool Waived, WaiverJson? Waiver);

    private sealed record WaiverJson(string Reason, string? Owner, string? Expires);
}
