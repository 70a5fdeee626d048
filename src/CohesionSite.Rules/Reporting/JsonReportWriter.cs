using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CohesionSite.Analysis.Findings;
using CohesionSite.Core.Findings;

namespace CohesionSite.Rules.Reporting;

/// <summary>
/// The report as JSON, <c>{ "findings": [...], "summary": {...}, ... }</c>, described by
/// <c>schemas/findings.schema.json</c>. Written field by field in a fixed order, so the same
/// report is the same bytes; it is also the baseline format <see cref="Baseline"/> reads.
/// </summary>
public static class JsonReportWriter
{
    /// <summary>The schema's published id.</summary>
    public const string SchemaId = "https://cohesionsite.example/schemas/findings.schema.json";

    /// <summary>Writes <paramref name="report"/>.</summary>
    public static string Write(GapReport report)
    {
        var summary = new GapSummary(report);
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", SchemaId);
            w.WriteNumber("version", 1);
            w.WriteString("asOf", report.AsOf.ToString());
            w.WriteStartObject("reportingDates");
            foreach (var (strategy, date) in report.ReportingDates.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                w.WriteString(strategy, date.ToString());
            }

            w.WriteEndObject();
            w.WriteStartArray("findings");
            foreach (var f in report.Findings)
            {
                WriteFinding(w, f);
            }

            w.WriteEndArray();
            if (report.HasBaseline)
            {
                w.WriteStartArray("resolved");
                foreach (var f in report.Resolved)
                {
                    WriteFinding(w, f);
                }

                w.WriteEndArray();
            }

            WriteSummary(w, summary, report.HasBaseline);
            w.WriteStartArray("rules");
            foreach (var r in report.Rules)
            {
                w.WriteStartObject();
                w.WriteString("id", r.Id);
                w.WriteString("severity", ReportNames.Of(r.Severity));
                w.WriteString("group", r.Group);
                w.WriteString("title", r.Title);
                w.WriteString("rationale", r.Rationale);
                w.WriteString("motivatedBy", r.MotivatedBy ?? string.Empty);
                w.WriteString("file", r.File ?? string.Empty);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(ms.ToArray()) + "\n";
    }

    private static void WriteFinding(Utf8JsonWriter w, Finding f)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", f.RuleId);
        w.WriteString("severity", ReportNames.Of(f.Severity));
        w.WriteString("strategy", f.Strategy);
        w.WriteString("targetKind", f.TargetKind.Name());
        w.WriteString("target", f.Target);
        w.WriteString("file", f.Mark.File);
        w.WriteNumber("line", f.Mark.Line);
        w.WriteNumber("column", f.Mark.Column);
        w.WriteString("message", f.Message);
        w.WriteString("rationale", f.Rationale);
        w.WriteBoolean("waived", f.Waived);
        if (f.Members.Count > 0)
        {
            // One gap, one finding: what it leaves uncovered is listed with it, each with its place.
            w.WriteStartArray("members");
            foreach (var m in f.Members)
            {
                w.WriteStartObject();
                w.WriteString("targetKind", m.TargetKind.Name());
                w.WriteString("target", m.Target);
                w.WriteString("title", m.Title);
                w.WriteString("file", m.Mark.File);
                w.WriteNumber("line", m.Mark.Line);
                w.WriteNumber("column", m.Mark.Column);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (f.Waiver is { } waiver)
        {
            w.WriteStartObject("waiver");
            w.WriteString("reason", waiver.Reason);
            w.WriteString("owner", waiver.Owner);
            if (waiver.Expires is { } expires)
            {
                w.WriteString("expires", expires.ToString());
            }

            w.WriteEndObject();
        }

        if (f.BaselineState is { } state)
        {
            w.WriteString("baselineState", ReportNames.Of(state));
        }

        w.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter w, GapSummary s, bool baseline)
    {
        w.WriteStartObject("summary");
        w.WriteNumber("total", s.Total);
        w.WriteNumber("error", s.Errors);
        w.WriteNumber("warning", s.Warnings);
        w.WriteNumber("info", s.Infos);
        w.WriteNumber("waived", s.Waived);
        if (baseline)
        {
            w.WriteNumber("new", s.New);
            w.WriteNumber("unchanged", s.Unchanged);
            w.WriteNumber("resolved", s.Resolved);
        }

        w.WriteStartObject("byStrategy");
        foreach (var (strategy, (errors, warnings, infos, waived)) in s.ByStrategy)
        {
            w.WriteStartObject(strategy);
            w.WriteNumber("error", errors);
            w.WriteNumber("warning", warnings);
            w.WriteNumber("info", infos);
            w.WriteNumber("waived", waived);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteStartObject("byRule");
        foreach (var (rule, count) in s.ByRule)
        {
            w.WriteNumber(rule, count);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }
}
