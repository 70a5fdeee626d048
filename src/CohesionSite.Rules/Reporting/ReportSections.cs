using CohesionSite.Analysis.Findings;
using CohesionSite.Core.Findings;

namespace CohesionSite.Rules.Reporting;

/// <summary>
/// The one reading order of a report that the terminal and the Markdown summary share: what
/// must be fixed first (errors), then what a change added (new since the baseline), then the rest
/// grouped by rule with counts, most severe rule first. Every finding is in exactly one section.
/// </summary>
public sealed class ReportSections
{
    /// <summary>Splits <paramref name="report"/> into its sections (findings keep the report's order inside each).</summary>
    public ReportSections(GapReport report)
    {
        Errors = report.Findings.Where(f => f.Severity == Severity.Error && !f.Waived).ToArray();
        New = report.Findings.Where(f => !(f.Severity == Severity.Error && !f.Waived) && f.BaselineState == BaselineState.New).ToArray();
        var placed = Errors.Concat(New).ToHashSet();
        ByRule = RuleGroup.Of(report.Findings.Where(f => !placed.Contains(f)), report.Rules);
    }

    /// <summary>Unwaived errors: the content is broken.</summary>
    public IReadOnlyList<Finding> Errors { get; }

    /// <summary>Findings new since the baseline that are not errors (empty without a baseline).</summary>
    public IReadOnlyList<Finding> New { get; }

    /// <summary>Everything else, one group per rule.</summary>
    public IReadOnlyList<RuleGroup> ByRule { get; }
}
