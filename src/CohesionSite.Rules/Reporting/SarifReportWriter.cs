using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CohesionSite.Core.Findings;

namespace CohesionSite.Rules.Reporting;

/// <summary>
/// SARIF 2.1.0 for GitHub code scanning: the rule catalogue as the tool driver's rules, one result
/// per finding pointing into the YAML (repository-relative URI under <c>%SRCROOT%</c>, start line and
/// column), a partial fingerprint from rule + strategy + target (stable across unrelated edits),
/// an accepted suppression for a waived finding, and <c>baselineState</c> when a baseline was given.
/// Resolved findings are not results (code scanning closes alerts that stop appearing). A report
/// too big for one run is split within GitHub's limits (<see cref="SarifRuns"/>).
/// </summary>
public static class SarifReportWriter
{
    /// <summary>The fingerprint key in <c>partialFingerprints</c>.</summary>
    public const string FingerprintKey = "cohesionFindingKey/v1";

    /// <summary>Writes <paramref name="report"/>; <paramref name="helpRoot"/> (e.g. the EditRoot) links each rule to its rules file.</summary>
    /// <param name="report">The findings.</param>
    /// <param name="helpRoot">Where rule files are browsed, or null.</param>
    /// <param name="limits">The upload limits to stay within (default: GitHub's; see <see cref="SarifRuns"/>).</param>
    public static string Write(GapReport report, string? helpRoot = null, SarifLimits? limits = null)
    {
        var ruleIndex = report.Rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var runs = SarifRuns.Plan(report, limits ?? SarifLimits.GitHub);
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            foreach (var run in runs)
            {
                WriteRun(w, report, run, runs.Count, ruleIndex, helpRoot);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(ms.ToArray()) + "\n";
    }

    private static void WriteRun(Utf8JsonWriter w, GapReport report, SarifRun run, int runCount, Dictionary<string, int> ruleIndex, string? helpRoot)
    {
        w.WriteStartObject();
        WriteTool(w, report, helpRoot);
        if (run.Category is { } category)
        {
            // Each run of a split report is its own code scanning category: GitHub matches alerts
            // per category, and rejects a file with two runs of one tool and one category.
            w.WriteStartObject("automationDetails");
            w.WriteString("id", category);
            w.WriteEndObject();
        }

        w.WriteStartObject("originalUriBaseIds");
        w.WriteStartObject("%SRCROOT%");
        w.WriteStartObject("description");
        w.WriteString("text", "The repository root (the folder holding statiq.json).");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartArray("results");
        foreach (var f in run.Results)
        {
            WriteResult(w, f, ruleIndex);
        }

        w.WriteEndArray();
        w.WriteString("columnKind", "unicodeCodePoints");
        w.WriteStartObject("properties");
        w.WriteString("asOf", report.AsOf.ToString());
        if (report.HasBaseline)
        {
            w.WriteNumber("resolved", report.Resolved.Count);
        }

        if (runCount > 1)
        {
            w.WriteNumber("runs", runCount);
        }

        if (run.OmittedCount > 0)
        {
            // GitHub rejects a run over its result limit; what did not fit is said here (and in
            // the Markdown summary), never dropped silently. The JSON report has every finding.
            w.WriteNumber("omittedResults", run.OmittedCount);
            w.WriteStartObject("omittedBySeverity");
            foreach (var (severity, count) in run.Omitted.OrderByDescending(kv => kv.Key))
            {
                w.WriteNumber(Level(severity), count);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>The level SARIF uses for a severity.</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>The stable fingerprint of a finding: SHA-256 of its key, hex.</summary>
    public static string Fingerprint(Finding f) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(f.Key)));

    private static void WriteTool(Utf8JsonWriter w, GapReport report, string? helpRoot)
    {
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "cohesion");
        w.WriteString("informationUri", "https://cohesionsite.example/docs/rules");
        w.WriteString("semanticVersion", "1.0.0");
        w.WriteStartArray("rules");
        foreach (var r in report.Rules)
        {
            w.WriteStartObject();
            w.WriteString("id", r.Id);
            w.WriteString("name", PascalCase(r.Id));
            w.WriteStartObject("shortDescription");
            w.WriteString("text", r.Title);
            w.WriteEndObject();
            w.WriteStartObject("fullDescription");
            w.WriteString("text", r.Rationale);
            w.WriteEndObject();
            if (helpRoot is not null && r.File is not null)
            {
                w.WriteString("helpUri", $"{helpRoot.TrimEnd('/')}/{r.File}");
            }

            w.WriteStartObject("help");
            var motivated = r.MotivatedBy is null ? string.Empty : $" Motivated by: {r.MotivatedBy}.";
            w.WriteString("text", $"{r.Title}. {r.Rationale}{motivated} Defined in {r.File}.");
            w.WriteString("markdown", $"**{r.Title}** ({r.Group})\n\n{r.Rationale}\n\n{(r.MotivatedBy is null ? string.Empty : $"Motivated by: {r.MotivatedBy}\n\n")}Defined in `{r.File}`.");
            w.WriteEndObject();
            w.WriteStartObject("defaultConfiguration");
            w.WriteString("level", Level(r.Severity));
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteStartArray("tags");
            w.WriteStringValue(r.Group);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    // One gap, one result: what it leaves uncovered are its related locations, each with its own place and name.
    private static void WriteMembers(Utf8JsonWriter w, Finding f)
    {
        if (f.Members.Count == 0)
        {
            return;
        }

        w.WriteStartArray("relatedLocations");
        for (var i = 0; i < f.Members.Count; i++)
        {
            var m = f.Members[i];
            w.WriteStartObject();
            w.WriteNumber("id", i + 1);
            WritePhysicalLocation(w, m.Mark);

            w.WriteStartObject("message");
            w.WriteString("text", $"{m.TargetKind.Name()} {m.Target}: {m.Title}");
            w.WriteEndObject();
            WriteLogicalLocations(w, f.Strategy, m.Target, m.TargetKind.Name());
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>The YAML file and position, relative to %SRCROOT% (nothing when the place is unknown).</summary>
    private static void WritePhysicalLocation(Utf8JsonWriter w, Core.Model.SourceMark mark)
    {
        if (!mark.IsKnown)
        {
            return;
        }

        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", Uri.EscapeDataString(mark.File).Replace("%2F", "/", StringComparison.Ordinal));
        w.WriteString("uriBaseId", "%SRCROOT%");
        w.WriteEndObject();
        w.WriteStartObject("region");
        w.WriteNumber("startLine", Math.Max(1, mark.Line));
        w.WriteNumber("startColumn", Math.Max(1, mark.Column));
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>The model entity a location is about: strategy-qualified id and kind.</summary>
    private static void WriteLogicalLocations(Utf8JsonWriter w, string strategy, string target, string kind)
    {
        w.WriteStartArray("logicalLocations");
        w.WriteStartObject();
        w.WriteString("name", target);
        w.WriteString("fullyQualifiedName", strategy.Length == 0 ? target : $"{strategy}/{target}");
        w.WriteString("kind", kind);
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter w, Finding f, Dictionary<string, int> ruleIndex)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", f.RuleId);
        if (ruleIndex.TryGetValue(f.RuleId, out var index))
        {
            w.WriteNumber("ruleIndex", index);
        }

        w.WriteString("level", Level(f.Severity));
        w.WriteStartObject("message");
        w.WriteString("text", f.Message);
        w.WriteEndObject();
        w.WriteStartArray("locations");
        w.WriteStartObject();
        WritePhysicalLocation(w, f.Mark);

        WriteLogicalLocations(w, f.Strategy, f.Target, f.TargetKind.Name());
        w.WriteEndObject();
        w.WriteEndArray();
        WriteMembers(w, f);
        w.WriteStartObject("partialFingerprints");
        w.WriteString(FingerprintKey, Fingerprint(f));
        w.WriteEndObject();
        if (f.Waiver is { } waiver)
        {
            w.WriteStartArray("suppressions");
            w.WriteStartObject();
            w.WriteString("kind", "inSource");
            w.WriteString("status", "accepted");
            w.WriteString("justification", $"{waiver.Reason} (owner: {waiver.Owner}{(waiver.Expires is { } e ? $", expires {e}" : string.Empty)})");
            w.WriteEndObject();
            w.WriteEndArray();
        }

        if (f.BaselineState is { } state)
        {
            w.WriteString("baselineState", state switch
            {
                BaselineState.New => "new",
                BaselineState.Unchanged => "unchanged",
                _ => "absent",
            });
        }

        w.WriteStartObject("properties");
        w.WriteString("strategy", f.Strategy);
        w.WriteString("target", f.Target);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static string PascalCase(string id) =>
        string.Concat(id.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
