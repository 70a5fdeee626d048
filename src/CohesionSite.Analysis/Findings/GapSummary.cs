using CohesionSite.Core.Findings;

namespace CohesionSite.Analysis.Findings;

/// <summary>
/// The counts every output shows — terminal, JSON, Markdown, the exit line and the site — worked out
/// once from a report: by severity (waived apart), against the baseline, per strategy and per rule.
/// </summary>
public sealed class GapSummary
{
    /// <summary>Counts <paramref name="report"/>.</summary>
    public GapSummary(GapReport report)
    {
        Counts = GapCounts.Of(report.Findings);
        New = report.Findings.Count(f => f.BaselineState == BaselineState.New);
        Unchanged = report.Findings.Count(f => f.BaselineState == BaselineState.Unchanged);
        Resolved = report.Resolved.Count;
        ByStrategy = report.Findings.GroupBy(f => f.Strategy, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, GapCounts.Of(g))).ToArray();
        ByRule = report.Findings.GroupBy(f => f.RuleId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count())).ToArray();
    }

    /// <summary>The counts by severity.</summary>
    public GapCounts Counts { get; }

    /// <summary>All findings, waived included.</summary>
    public int Total => Counts.Total;

    /// <summary>Errors not waived.</summary>
    public int Errors => Counts.Errors;

    /// <summary>Warnings not waived.</summary>
    public int Warnings => Counts.Warnings;

    /// <summary>Infos not waived.</summary>
    public int Infos => Counts.Infos;

    /// <summary>Waived findings.</summary>
    public int Waived => Counts.Waived;

    /// <summary>New since the baseline.</summary>
    public int New { get; }

    /// <summary>In the baseline and still here.</summary>
    public int Unchanged { get; }

    /// <summary>In the baseline, gone now.</summary>
    public int Resolved { get; }

    /// <summary>Per strategy (ordinal order), with the same counts the site shows for it.</summary>
    public IReadOnlyList<(string Strategy, GapCounts Counts)> ByStrategy { get; }

    /// <summary>Per rule (ordinal order): findings, waived included.</summary>
    public IReadOnlyList<(string Rule, int Count)> ByRule { get; }

    /// <summary>Findings at or above <paramref name="level"/> that count toward failure (not waived).</summary>
    public static int AtOrAbove(GapReport report, Severity level) => report.Findings.Count(f => !f.Waived && f.Severity >= level);
}
