using System.Buffers;
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

    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    // A finding's field names, escaped and encoded once: 100k findings write a dozen each.
    private static readonly JsonEncodedText RuleIdName = JsonEncodedText.Encode("ruleId", Encoder);
    private static readonly JsonEncodedText SeverityName = JsonEncodedText.Encode("severity", Encoder);
    private static readonly JsonEncodedText StrategyName = JsonEncodedText.Encode("strategy", Encoder);
    private static readonly JsonEncodedText TargetKindName = JsonEncodedText.Encode("targetKind", Encoder);
    private static readonly JsonEncodedText TargetName = JsonEncodedText.Encode("target", Encoder);
    private static readonly JsonEncodedText FileName = JsonEncodedText.Encode("file", Encoder);
    private static readonly JsonEncodedText LineName = JsonEncodedText.Encode("line", Encoder);
    private static readonly JsonEncodedText ColumnName = JsonEncodedText.Encode("column", Encoder);
    private static readonly JsonEncodedText MessageName = JsonEncodedText.Encode("message", Encoder);
    private static readonly JsonEncodedText RationaleName = JsonEncodedText.Encode("rationale", Encoder);
    private static readonly JsonEncodedText MessagesName = JsonEncodedText.Encode("messages", Encoder);
    private static readonly JsonEncodedText WaivedName = JsonEncodedText.Encode("waived", Encoder);
    private static readonly JsonEncodedText MembersName = JsonEncodedText.Encode("members", Encoder);
    private static readonly JsonEncodedText TitleName = JsonEncodedText.Encode("title", Encoder);

    /// <summary>Writes <paramref name="report"/>.</summary>
    public static string Write(GapReport report) => Encoding.UTF8.GetString(WriteUtf8(report));

    /// <summary>Writes <paramref name="report"/> as UTF-8 bytes (what <see cref="Write"/> gives, without making a string of a large report).</summary>
    public static byte[] WriteUtf8(GapReport report)
    {
        var summary = new GapSummary(report);
        var buffer = new ArrayBufferWriter<byte>(64 * 1024 + (report.Findings.Count * 640));
        var values = new RepeatedValues();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = Encoder }))
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
                WriteFinding(w, f, values);
            }

            w.WriteEndArray();
            if (report.HasBaseline)
            {
                w.WriteStartArray("resolved");
                foreach (var f in report.Resolved)
                {
                    WriteFinding(w, f, values);
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

        var bytes = new byte[buffer.WrittenCount + 1];
        buffer.WrittenSpan.CopyTo(bytes);
        bytes[^1] = (byte)'\n';
        return bytes;
    }

    private static void WriteFinding(Utf8JsonWriter w, Finding f, RepeatedValues values)
    {
        w.WriteStartObject();
        w.WriteString(RuleIdName, values.Of(f.RuleId));
        w.WriteString(SeverityName, values.Of(ReportNames.Of(f.Severity)));
        w.WriteString(StrategyName, values.Of(f.Strategy));
        w.WriteString(TargetKindName, values.Of(f.TargetKind.Name()));
        w.WriteString(TargetName, f.Target);
        w.WriteString(FileName, values.Of(f.Mark.File));
        w.WriteNumber(LineName, f.Mark.Line);
        w.WriteNumber(ColumnName, f.Mark.Column);
        w.WriteString(MessageName, f.Message);
        w.WriteString(RationaleName, values.Of(f.Rationale));
        if (f.Messages.Count > 0)
        {
            w.WriteStartObject(MessagesName);
            foreach (var (language, message) in f.Messages.OrderBy(m => m.Key, StringComparer.Ordinal))
            {
                w.WriteString(language, message);
            }

            w.WriteEndObject();
        }

        w.WriteBoolean(WaivedName, f.Waived);
        if (f.Members.Count > 0)
        {
            // One gap, one finding: what it leaves uncovered is listed with it, each with its place.
            w.WriteStartArray(MembersName);
            foreach (var m in f.Members)
            {
                w.WriteStartObject();
                w.WriteString(TargetKindName, values.Of(m.TargetKind.Name()));
                w.WriteString(TargetName, m.Target);
                w.WriteString(TitleName, m.Title);
                w.WriteString(FileName, values.Of(m.Mark.File));
                w.WriteNumber(LineName, m.Mark.Line);
                w.WriteNumber(ColumnName, m.Mark.Column);
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

    /// <summary>
    /// Values most findings share (rule ids, severities, strategies, files, rationales), escaped once
    /// per report; a 100k-finding report repeats a few hundred of them.
    /// </summary>
    private sealed class RepeatedValues
    {
        private readonly Dictionary<string, JsonEncodedText> _encoded = new(StringComparer.Ordinal);

        public JsonEncodedText Of(string value)
        {
            if (!_encoded.TryGetValue(value, out var encoded))
            {
                encoded = JsonEncodedText.Encode(value, Encoder);
                _encoded[value] = encoded;
            }

            return encoded;
        }
    }
}
