using System.Text.Json;
using CohesionSite.Content.Export;
using CohesionSite.Core.Findings;
using CohesionSite.Site.Pages;

namespace CohesionSite.Site.Data;

/// <summary>The per-strategy open data: actions, indicators and findings as CSV and JSON.</summary>
internal static class DataExports
{
    public static IEnumerable<(string File, string Text)> For(StrategyView sv)
    {
        var c = sv.Content;
        var actions = new Csv("strategy", "ref", "text", "priority", "milestones", "leads", "partners", "outcome", "status", "rag");
        foreach (var a in c.Actions)
        {
            actions.Row(sv.Id, a.Id, a.Text, a.Priority, string.Join("; ", a.Milestones.Select(m => m.Due is { } d ? $"{m.Text} ({d})" : m.Text)),
                sv.PartnerNames(a.Leads), sv.PartnerNames(a.Partners), a.Outcome, Labels.Humanize(a.Status), a.Rag?.ToString().ToLowerInvariant());
        }

        yield return ("actions.csv", actions.ToString());
        yield return ("actions.json", JsonSerializer.Serialize(new { strategy = sv.Id, actions = c.Actions }, ModelJson.Options));

        var indicators = new Csv("strategy", "indicator", "code", "title", "unit", "direction", "owner", "survey", "kind", "period", "area", "value", "text", "to_be_determined");
        foreach (var i in c.Indicators)
        {
            var points = (i.Baseline is null ? [] : new[] { ("baseline", i.Baseline) })
                .Concat(i.Measurements.Select(m => ("measurement", m)))
                .Concat(i.Targets.Select(t => ("target", t)));
            foreach (var (kind, p) in points)
            {
                indicators.Row(sv.Id, i.Id, i.Code, i.Title, i.Unit, i.Direction.ToString().ToLowerInvariant(), i.Owner, i.Survey, kind, p.Period, p.Area, p.Value, p.Text, p.ToBeDetermined ? "true" : "false");
            }
        }

        yield return ("indicators.csv", indicators.ToString());
        yield return ("indicators.json", JsonSerializer.Serialize(new { strategy = sv.Id, indicators = c.Indicators }, ModelJson.Options));

        var findings = new Csv("strategy", "rule", "severity", "target_kind", "target", "file", "line", "column", "message", "waived");
        foreach (var f in sv.Findings)
        {
            findings.Row(sv.Id, f.RuleId, f.Severity.ToString().ToLowerInvariant(), f.TargetKind, f.Target, f.Mark.File, f.Mark.Line, f.Mark.Column, f.Message, f.Waived ? "true" : "false");
        }

        yield return ("findings.csv", findings.ToString());
        yield return ("findings.json", JsonSerializer.Serialize(new { strategy = sv.Id, findings = sv.Findings.Select(Json) }, ModelJson.Options));
    }

    private static object Json(Finding f) => new
    {
        rule = f.RuleId,
        severity = f.Severity.ToString().ToLowerInvariant(),
        targetKind = f.TargetKind,
        target = f.Target,
        file = f.Mark.File,
        line = f.Mark.Line,
        column = f.Mark.Column,
        message = f.Message,
        rationale = f.Rationale,
        waived = f.Waived,
        waiver = f.Waiver is { } w ? new { w.Reason, w.Owner, expires = w.Expires?.ToString() } : null,
    };
}
