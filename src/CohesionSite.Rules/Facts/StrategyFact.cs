using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Facts;

/// <summary>A strategy as a whole.</summary>
public sealed class StrategyFact : Fact
{
    internal StrategyFact(RuleContext context, StrategyContent s)
        : base(context, s.Strategy, s.Id, s.Strategy.Title)
    {
        PlanState = s.Plan is null ? "absent" : Shapes.Kebab(s.Plan.State);
        PlanTitle = s.Plan?.Title ?? string.Empty;
        ActionCount = s.Actions.Count;
        DocumentType = s.Strategy.DocumentType ?? string.Empty;
        HasToolkit = s.Toolkit is not null;
        ReportingDate = context.AsOf.ToString();
        if (s.Strategy.Period is { } period)
        {
            PeriodText = $"{period.Start}\u2013{period.End}";
            ReportingDateOutsidePeriod = context.AsOf.End < period.Start.Start || context.AsOf.Start > period.End.End;
        }

        PeriodText ??= string.Empty;
    }

    /// <summary>The strategy's dated status as messages say it (<c>draft 2008-10-22 (Cabinet)</c>), empty when undated.</summary>
    public string StatusText => Context.StatusText;

    /// <summary>The date the strategy is judged at.</summary>
    public string ReportingDate { get; }

    /// <summary>The strategy period as text, empty when it states none.</summary>
    public string PeriodText { get; }

    /// <summary>True when the reporting date lies wholly before the period starts or after it ends.</summary>
    public bool ReportingDateOutsidePeriod { get; }

    /// <inheritdoc/>
    public override TargetKind TargetKind => TargetKind.Strategy;

    /// <summary><c>present</c>, <c>none</c>, <c>missing</c>, <c>to-be-agreed</c>, or <c>absent</c> (no actions.yaml).</summary>
    public string PlanState { get; }

    /// <summary>The plan's title as the document announces it ("Appendix C: …"), empty when none.</summary>
    public string PlanTitle { get; }

    /// <summary>True when the document announces a plan it does not contain (<c>missing</c>, or <c>to-be-agreed</c>).</summary>
    public bool PlanAnnounced => PlanState is "missing" or "to-be-agreed";

    /// <summary>Actions in the plan.</summary>
    public int ActionCount { get; }

    /// <summary>True when the plan is present and has actions.</summary>
    public bool HasActionPlan => PlanState == "present" && ActionCount > 0;

    /// <summary>What kind of document it is (strategy, report, toolkit …), empty when not said.</summary>
    public string DocumentType { get; }

    /// <summary>
    /// True unless the document says it is something other than a strategy (a report, a toolkit):
    /// only a strategy owes an action plan. An unstated type counts as a strategy.
    /// </summary>
    public bool IsStrategyDocument => DocumentType.Length == 0 || DocumentType.Contains("strategy", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the strategy has a toolkit.</summary>
    public bool HasToolkit { get; }
}
