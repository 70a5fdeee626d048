using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Facts;

/// <summary>A milestone of an action; its target is <c>ACTION/milestone-N</c> (1-based, in plan order).</summary>
public sealed class MilestoneFact : Fact
{
    internal MilestoneFact(RuleContext context, ActionItem action, Milestone m, int index)
        : base(context, m, $"{action.Id}/milestone-{index + 1}", null)
    {
        _milestone = m;
        Action = action.Id;
        Number = index + 1;
        HasDue = m.Due is not null;
        ActionComplete = action.Status == ActionStatus.Complete;
        if (m.Due is { } due)
        {
            DueBeforeAsOf = due.End < context.AsOf.Start;
            DueBeforeStatus = context.Status?.Date is { } decided && due.End < decided.Start;
            if (context.Period is { } period)
            {
                OutsidePeriod = due.End < period.Start.Start || due.Start > period.End.End;
            }
        }
    }

    private readonly Milestone _milestone;

    /// <inheritdoc/>
    public override TargetKind TargetKind => TargetKind.Milestone;

    private protected override string ComputeTitle() => CommitmentFact.Shorten(_milestone.Text);

    /// <summary>The action's ref.</summary>
    public string Action { get; }

    /// <summary>1-based position in the action's milestones.</summary>
    public int Number { get; }

    /// <summary>True when it has a due date.</summary>
    public bool HasDue { get; }

    /// <summary>The due date (<c>2008-11</c>), empty when none.</summary>
    public string Due => _milestone.Due?.ToString() ?? string.Empty;

    /// <summary>The date as the source writes it, where it is not plain.</summary>
    public string DueText => _milestone.DueText ?? string.Empty;

    /// <summary>" (the source says '…')" when the source words the date, for messages; empty otherwise.</summary>
    public string DueNote => DueText.Length > 0 ? $" (the source says '{DueText}')" : string.Empty;

    /// <summary>True when the due date lies wholly before or after the strategy period.</summary>
    public bool OutsidePeriod { get; }

    /// <summary>True when the due date ended before the reporting date began.</summary>
    public bool DueBeforeAsOf { get; }

    /// <summary>True when the due date had already passed on the date of the strategy's status (when it went for approval, was adopted or published).</summary>
    public bool DueBeforeStatus { get; }

    /// <summary>The status and its date as text ("draft, 2008-10-22"), empty when none is dated.</summary>
    public string StatusText => Context.StatusText;

    /// <summary>True when its action is complete.</summary>
    public bool ActionComplete { get; }

    /// <summary>The strategy period as text, empty when none.</summary>
    public string PeriodText => Context.Period is { } p ? $"{p.Start}\u2013{p.End}" : string.Empty;

    /// <summary>The reporting date.</summary>
    public string AsOf => Context.AsOf.ToString();
}
