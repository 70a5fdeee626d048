using CohesionSite.Core.Findings;

namespace CohesionSite.Rules.Reporting;

/// <summary>The limits GitHub code scanning puts on one uploaded SARIF file.</summary>
/// <param name="ResultsPerRun">Results GitHub accepts in one run (25,000: a bigger run rejects the whole upload).</param>
/// <param name="RunsPerFile">Runs GitHub accepts in one file (20).</param>
public sealed record SarifLimits(int ResultsPerRun, int RunsPerFile)
{
    /// <summary>GitHub's published limits.</summary>
    public static readonly SarifLimits GitHub = new(25_000, 20);
}

/// <summary>One SARIF run: its category (<c>automationDetails.id</c>; null for the single-run case), results, and what was left out.</summary>
/// <param name="Category">The run's automation id, unique in the file, or null when the report is one run.</param>
/// <param name="Results">The findings written, most severe first where some had to be left out.</param>
/// <param name="Omitted">How many findings of this run were left out, per severity.</param>
public sealed record SarifRun(string? Category, IReadOnlyList<Finding> Results, IReadOnlyDictionary<Severity, int> Omitted)
{
    /// <summary>All findings left out of this run.</summary>
    public int OmittedCount => Omitted.Values.Sum();
}

/// <summary>
/// Splits a report into SARIF runs that GitHub accepts. A report that fits one run stays one run
/// (as before). A bigger one is split by strategy into exactly <see cref="SarifLimits.RunsPerFile"/>
/// runs: each strategy always lands in the same run (a stable hash of its id), and every run is
/// written even when empty, so code scanning keeps matching alerts across commits and closes the
/// ones that are fixed. A run still over the limit keeps its most severe results and counts the rest.
/// </summary>
public static class SarifRuns
{
    /// <summary>The runs of <paramref name="report"/> under <paramref name="limits"/>.</summary>
    public static IReadOnlyList<SarifRun> Plan(GapReport report, SarifLimits limits)
    {
        if (report.Findings.Count <= limits.ResultsPerRun)
        {
            return [new SarifRun(null, report.Findings, new Dictionary<Severity, int>())];
        }

        var buckets = Enumerable.Range(0, limits.RunsPerFile).Select(_ => new List<Finding>()).ToArray();
        foreach (var f in report.Findings)
        {
            buckets[Bucket(f.Strategy, limits.RunsPerFile)].Add(f);
        }

        return buckets.Select((findings, i) => Cap($"cohesion/part-{i + 1:00}-of-{limits.RunsPerFile:00}/", findings, limits.ResultsPerRun)).ToArray();
    }

    /// <summary>Findings left out of the SARIF under <paramref name="limits"/>, per severity (empty when everything fits).</summary>
    public static IReadOnlyDictionary<Severity, int> Omitted(GapReport report, SarifLimits limits) =>
        Plan(report, limits).SelectMany(r => r.Omitted).GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value));

    private static SarifRun Cap(string category, List<Finding> findings, int limit)
    {
        if (findings.Count <= limit)
        {
            return new SarifRun(category, findings, new Dictionary<Severity, int>());
        }

        // Most severe first; the sort is stable, so the report's own order stays within a severity.
        var kept = findings.OrderByDescending(f => f.Severity).Take(limit).ToArray();
        var keptSet = kept.ToHashSet(ReferenceEqualityComparer.Instance);
        var omitted = findings.Where(f => !keptSet.Contains(f)).GroupBy(f => f.Severity).ToDictionary(g => g.Key, g => g.Count());
        return new SarifRun(category, kept, omitted);
    }

    /// <summary>FNV-1a of the strategy id: the same id gives the same run on every machine and every commit.</summary>
    private static int Bucket(string strategy, int buckets)
    {
        var hash = 2166136261u;
        foreach (var c in strategy)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % (uint)buckets);
    }
}
