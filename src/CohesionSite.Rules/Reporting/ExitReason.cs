using System.Globalization;
using CohesionSite.Analysis.Findings;
using CohesionSite.Core.Findings;

namespace CohesionSite.Rules.Reporting;

/// <summary>The last line of a check: the exit code and, in words, why it is that code.</summary>
public static class ExitReason
{
    /// <summary>
    /// 1 and the count when an unwaived finding is at or above <paramref name="failLevel"/>, else 0;
    /// null <paramref name="failLevel"/> means "never fail" (<c>--fail-level none</c>).
    /// </summary>
    public static (int Code, string Line) Of(GapReport report, Severity? failLevel)
    {
        var summary = new GapSummary(report);
        if (failLevel is not { } level)
        {
            return (0, $"exit 0: --fail-level none; {Plural(summary.Total, "finding")} reported, none can fail the check");
        }

        var failing = GapSummary.AtOrAbove(report, level);
        var name = ReportNames.Of(level);
        var scope = level switch
        {
            Severity.Error => "errors",
            Severity.Warning => "errors or warnings",
            _ => "findings",
        };
        if (failing == 0)
        {
            var below = summary.Errors + summary.Warnings + summary.Infos;
            var rest = below > 0 ? $"; {Plural(below, "finding")} below it" : string.Empty;
            return (0, $"exit 0: no unwaived {scope} (--fail-level {name}){rest}{Waived(summary)}");
        }

        var parts = new List<string>();
        if (summary.Errors > 0)
        {
            parts.Add(Plural(summary.Errors, "error"));
        }

        if (level <= Severity.Warning && summary.Warnings > 0)
        {
            parts.Add(Plural(summary.Warnings, "warning"));
        }

        if (level <= Severity.Info && summary.Infos > 0)
        {
            parts.Add(Plural(summary.Infos, "info finding"));
        }

        return (1, $"exit 1: {string.Join(", ", parts)} at or above --fail-level {name}{Waived(summary)}");
    }

    private static string Waived(GapSummary s) => s.Waived > 0 ? $" ({s.Waived} waived, not counted)" : string.Empty;

    /// <summary>"1 error", "2 errors".</summary>
    public static string Plural(int n, string noun) =>
        Plural(n, noun, noun.EndsWith("info", StringComparison.Ordinal) ? noun : noun + "s");

    /// <summary>"1 strategy", "5 strategies": a count with the noun's singular or plural form.</summary>
    public static string Plural(int n, string singular, string plural) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? singular : plural);
}
