using CohesionSite.Core.Findings;

namespace CohesionSite.Rules.Reporting;

/// <summary>The counts every writer shows, computed once from a report.</summary>
public sealed class ReportSummary
{
    /// <summary>Counts <paramref name="report"/>; waived findings are counted apart, never per severity.</summary>
    public ReportSummary(GapReport report)
    {
        var counted = report.Findings.Where(f => !f.Waived).ToArray();
        Total = report.Findings.Count;
        Errors = counted.Count(f => f.Severity == Severity.Error);
        Warnings = counted.Count(f => f.Severity == Severity.Warning);
        Infos = counted.Count(f => f.Severity == Severity.Info);
        Waived = Total - counted.Length;
        New = report.Findings.Count(f => f.BaselineState == BaselineState.New);
        Unchanged = report.Findings.Count(f => f.BaselineState == BaselineState.Unchanged);
        Resolved = report.Resolved.Count;
        ByStrategy = report.Findings.GroupBy(f => f.Strategy, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, Count(g, Severity.Error), Count(g, Severity.Warning), Count(g, Severity.Info), g.Count(f => f.Waived))).ToArray();
        ByRule = report.Findings.GroupBy(f => f.RuleId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count())).ToArray();
    }

    /// <summary>All findings, waived included.</summary>
    public int Total { get; }

    /// <summary>Errors not waived.</summary>
    public int Errors { get; }

    /// <summary>Warnings not waived.</summary>
    public int Warnings { get; }

    /// <summary>Infos not waived.</summary>
    public int Infos { get; }

    /// <summary>Waived findings.</summary>
    public int Waived { get; }

    /// <summary>New since the baseline.</summary>
    public int New { get; }

    /// <summary>In the baseline and still here.</summary>
    public int Unchanged { get; }

    /// <summary>In the baseline, gone now.</summary>
    public int Resolved { get; }

    /// <summary>Per strategy (ordinal order): errors, warnings, infos not waived, and waived.</summary>
    public IReadOnlyList<(string Strategy, int Errors, int Warnings, int Infos, int Waived)> ByStrategy { get; }

    /// <summary>Per rule (ordinal order): findings, waived included.</summary>
    public IReadOnlyList<(string Rule, int Count)> ByRule { get; }

    /// <summary>Findings at or above <paramref name="level"/> that count toward failure (not waived).</summary>
    public static int AtOrAbove(GapReport report, Severity level) => report.Findings.Count(f => !f.Waived && f.Severity >= level);

    private static int Count(IEnumerable<Finding> findings, Severity severity) => findings.Count(f => !f.Waived && f.Severity == severity);
}
