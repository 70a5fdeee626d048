using System.Linq.Dynamic.Core.CustomTypeProviders;
using CohesionSite.Analysis;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Facts;

/// <summary>A line of the action plan.</summary>
[DynamicLinqType] // its join helpers (a.ServesOutcome(id) …) are callable from rule conditions; no static members
public sealed class ActionFact : Fact
{
    internal ActionFact(RuleContext context, ActionItem a, ItemTags tags, string? repeats = null)
        : base(context, a, a.Id, null)
    {
        Repeats = repeats ?? string.Empty;
        _text = a.Text;
        _action = a;
        _tags = tags;
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
    private readonly ActionItem _action;

    // The action's effective tags, worked out once by the analysis: what the joins below ask.
    private readonly ItemTags _tags;

    /// <inheritdoc/>
    public override TargetKind TargetKind => TargetKind.Action;

    private protected override string ComputeTitle() => CommitmentFact.Shorten(_text);

    /// <summary>The earlier action whose text this one repeats (same opening, mostly the same words), empty when none.</summary>
    public string Repeats { get; }

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

    /// <summary>True when the action's priority is <paramref name="id"/> or a node below it (an action on 1.1 is an action of theme 1 too).</summary>
    public bool UnderPriority(string id) => _tags.UnderPriority(id);

    /// <summary>True when the action serves the outcome: it names it, or its priority (or an ancestor) aims at it.</summary>
    public bool ServesOutcome(string id) => _tags.ServesOutcome(id);

    /// <summary>True when the action serves any of the outcomes.</summary>
    public bool ServesAnyOutcome(IReadOnlyList<string> ids) => _tags.ServesAnyOutcome(ids);

    /// <summary>True when the action names the principle itself (see <see cref="AddressesPrinciple"/> for coverage).</summary>
    public bool NamesPrinciple(string id) => _action.Principles.Contains(id, StringComparer.Ordinal);

    /// <summary>True when the action addresses the principle: names it, or serves an outcome the principle points at.</summary>
    public bool AddressesPrinciple(string id) => _tags.AddressesPrinciple(id);

    /// <summary>True when the action names the shared value.</summary>
    public bool NamesValue(string id) => _action.Values.Contains(id, StringComparer.Ordinal);

    /// <summary>True when the action promotes the shared value (today: names it).</summary>
    public bool PromotesValue(string id) => _tags.PromotesValue(id);

    /// <summary>True when the action names the group itself (see <see cref="ReachesGroup"/> for coverage).</summary>
    public bool NamesGroup(string id) => _action.Groups.Contains(id, StringComparer.Ordinal);

    /// <summary>True when the action reaches the group: names it, or is tagged with the national item the group is.</summary>
    public bool ReachesGroup(string id, string nationalRef) => _tags.ReachesGroup(id, nationalRef);

    /// <summary>True when the action is tagged with the national framework item (<c>framework/item</c>): itself, through its priority path or through a principle it addresses.</summary>
    public bool Tagged(string item) => _tags.Tagged(item);

    /// <summary>True when the action fills the matrix cell (tagged with both items).</summary>
    public bool FillsCell(string row, string column) => _tags.FillsCell(row, column);
}
