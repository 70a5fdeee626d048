using System.Text.Json;
using CohesionSite.Analysis.Findings;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Reporting;

/// <summary>
/// Compares a report with an earlier JSON report: each finding is new or unchanged, and each
/// earlier finding not found now is resolved. Findings match by rule + strategy + target
/// (<see cref="Finding.Key"/>), never by line, so editing elsewhere in a file changes nothing.
/// </summary>
public static class Baseline
{
    /// <summary>Reads the findings of an earlier JSON report; throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static IReadOnlyList<Finding> Read(string json, string displayPath)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException($"{displayPath}: not a findings report: expected an object with a \"findings\" array (write one with --format json)");
            }

            return findings.EnumerateArray().Select((e, i) => ReadFinding(e, $"{displayPath}: findings[{i}]")).ToArray();
        }
        catch (JsonException e)
        {
            throw new FormatException($"{displayPath}:{(e.LineNumber ?? 0) + 1}:{(e.BytePositionInLine ?? 0) + 1}: not valid JSON: {e.Message}", e);
        }
    }

    /// <summary>
    /// The findings of <paramref name="earlier"/> that belong to <paramref name="strategies"/> (and the
    /// national layer, which every run loads): what a run over only those strategies is compared with.
    /// </summary>
    public static IReadOnlyList<Finding> Only(IReadOnlyList<Finding> earlier, IReadOnlyCollection<string> strategies)
    {
        var wanted = strategies.ToHashSet(StringComparer.Ordinal);
        return earlier.Where(f => f.Strategy.Length == 0 || wanted.Contains(f.Strategy)).ToArray();
    }

    /// <summary>Marks <paramref name="report"/>'s findings against <paramref name="earlier"/> and lists the resolved ones.</summary>
    public static GapReport Apply(GapReport report, IReadOnlyList<Finding> earlier)
    {
        var before = earlier.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var now = report.Findings.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var findings = report.Findings
            .Select(f => f with { BaselineState = before.Contains(f.Key) ? BaselineState.Unchanged : BaselineState.New })
            .ToArray();
        var resolved = earlier
            .Where(f => !now.Contains(f.Key))
            .DistinctBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => f with { BaselineState = BaselineState.Resolved, Waiver = null })
            .OrderBy(f => f, FindingOrder.Instance)
            .ToArray();
        return report with { Findings = findings, Resolved = resolved, HasBaseline = true };
    }

    private static Finding ReadFinding(JsonElement e, string where)
    {
        string Text(string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()!
            : throw new FormatException($"{where}: missing string \"{name}\"");
        int Number(string name) => e.TryGetProperty(name, out var v) && v.TryGetInt32(out var n) ? n : 0;
        return new Finding
        {
            RuleId = Text("ruleId"),
            Severity = ReportNames.TryParse(Text("severity"), out var s) ? s : throw new FormatException($"{where}: severity must be error, warning or info"),
            Strategy = Text("strategy"),
            TargetKind = TargetKinds.Parse(e.TryGetProperty("targetKind", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null),
            Target = Text("target"),
            Mark = new SourceMark(e.TryGetProperty("file", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString()! : string.Empty, Number("line"), Number("column")),
            Message = e.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : string.Empty,
        };
    }
}
