using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Facts;

/// <summary>A line of the action plan.</summary>
public sealed class ActionFact : Fact
{
    internal ActionFact(RuleContext context, ActionItem a)
        : base(context, a, a.Id, null)
    {
        _text = a.Text;
        Priority = a.Priority ?? string.Empty;
        LeadCount = a.Leads.Count;
        LeadText = a.LeadText ?? string.Empty;
        var unknown = 0;
        foreach (var lead in a.Leads)
        {
            unknown += context.IsPartner(lead) ? 0 : 1;
        }

        UnknownLeadCount = unknown;
        MilestoneCount = a.Milestones.Count;
        OutcomeCount = a.Outcomes.Count;
        HasOutcomeText = !string.IsNullOrWhiteSpace(a.Outcome);
        Status = Shapes.Kebab(a.Status);
        Rag = a.Rag is { } rag ? Shapes.Kebab(rag) : string.Empty;
    }

    private readonly string _text;

    /// <inheritdoc/>
    public override string TargetKind => "action";

    private protected override string ComputeTitle() => CommitmentFact.Shorten(_text);

    /// <summary>The priority it delivers, empty when none.</summary>
    public string Priority { get; }

    /// <summary>Lead partners named by id.</summary>
    public int LeadCount { get; }

    /// <summary>The lead column as the source writes it, empty when not given.</summary>
    public string LeadText { get; }

    /// <summary>True when the source writes a lead column.</summary>
    public bool HasLeadText => LeadText.Length > 0;

    /// <summary>Lead ids that are not partners of the strategy.</summary>
    public int UnknownLeadCount { get; }

    /// <summary>Milestones.</summary>
    public int MilestoneCount { get; }

    /// <summary>Outcomes of the strategy it names.</summary>
    public int OutcomeCount { get; }

    /// <summary>True when the source states an intended outcome in words.</summary>
    public bool HasOutcomeText { get; }

    /// <summary>True when it has an outcome in words or by link.</summary>
    public bool HasOutcome => HasOutcomeText || OutcomeCount > 0;

    /// <summary><c>not-started</c>, <c>in-progress</c> or <c>complete</c>.</summary>
    public string Status { get; }

    /// <summary><c>red</c>, <c>amber</c>, <c>green</c>, or empty when not rated.</summary>
    public string Rag { get; }
}
