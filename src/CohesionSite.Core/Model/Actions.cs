namespace CohesionSite.Core.Model;

/// <summary>Whether an action plan exists.</summary>
public enum PlanState
{
    /// <summary>The plan is in the document.</summary>
    Present,
    /// <summary>The document has no action plan and does not promise one.</summary>
    None,
    /// <summary>The plan is announced (e.g. as an appendix) but empty or absent.</summary>
    Missing,
    /// <summary>Actions are still "to be agreed" with partners.</summary>
    ToBeAgreed,
}

/// <summary>Where an action is.</summary>
public enum ActionStatus
{
    /// <summary>The source reports no status: the default, so that nothing is invented ("no status reported").</summary>
    NotReported,
    /// <summary>Not started.</summary>
    NotStarted,
    /// <summary>In progress.</summary>
    InProgress,
    /// <summary>Complete.</summary>
    Complete,
}

/// <summary>Red/amber/green rating.</summary>
public enum Rag
{
    /// <summary>On track.</summary>
    Green,
    /// <summary>Slightly off track.</summary>
    Amber,
    /// <summary>Very off track.</summary>
    Red,
}

/// <summary>What the source says about the strategy's action plan as a whole.</summary>
public sealed record ActionPlanInfo : Node
{
    /// <summary>Present, none, missing (announced but absent) or to be agreed.</summary>
    public required PlanState State { get; init; }

    /// <summary>The plan's title.</summary>
    [Translatable]
    public string? Title { get; init; }

    /// <summary>Its date.</summary>
    public PartialDate? Date { get; init; }

    /// <summary>What the source says (e.g. "Appendix C: Action Plan" with nothing under it).</summary>
    [Markdown]
    [Translatable]
    public string? Note { get; init; }

    /// <summary>Where it was captured from.</summary>
    public SourceRef? Source { get; init; }
}

/// <summary>A line of the action plan: who does what by when, for which priority and outcome.</summary>
[EntityKind(RefTarget.Action)]
public sealed record ActionItem : IdentifiedNode
{
    /// <summary>The action text.</summary>
    [Markdown]
    [Translatable]
    public required string Text { get; init; }

    /// <summary>The priority (tree node id) it delivers.</summary>
    [Ref(RefTarget.Priority)]
    public string? Priority { get; init; }

    /// <summary>Milestones with their dates.</summary>
    public IReadOnlyList<Milestone> Milestones { get; init; } = [];

    /// <summary>Lead agencies (partner ids).</summary>
    [Ref(RefTarget.Partner)]
    public IReadOnlyList<string> Leads { get; init; } = [];

    /// <summary>Supporting partners (partner ids).</summary>
    [Ref(RefTarget.Partner)]
    public IReadOnlyList<string> Partners { get; init; } = [];

    /// <summary>The lead column as the source writes it, where it says more than the ids.</summary>
    public string? LeadText { get; init; }

    /// <summary>The intended outcome in the source's words.</summary>
    [Markdown]
    public string? Outcome { get; init; }

    /// <summary>Outcomes of the strategy it serves.</summary>
    [Ref(RefTarget.Outcome)]
    public IReadOnlyList<string> Outcomes { get; init; } = [];

    /// <summary>Principles it addresses.</summary>
    [Ref(RefTarget.Principle)]
    public IReadOnlyList<string> Principles { get; init; } = [];

    /// <summary>Shared values it promotes.</summary>
    [Ref(RefTarget.Value)]
    public IReadOnlyList<string> Values { get; init; } = [];

    /// <summary>Indicators it moves.</summary>
    [Ref(RefTarget.Indicator)]
    public IReadOnlyList<string> Indicators { get; init; } = [];

    /// <summary>Groups it reaches.</summary>
    [Ref(RefTarget.Group)]
    public IReadOnlyList<string> Groups { get; init; } = [];

    /// <summary>National framework items it serves (fills framework-matrix cells).</summary>
    [Ref(RefTarget.FrameworkItem)]
    public IReadOnlyList<string> National { get; init; } = [];

    /// <summary>Status.</summary>
    public ActionStatus Status { get; init; } = ActionStatus.NotReported;

    /// <summary>The latest RAG rating, where one is reported.</summary>
    public Rag? Rag { get; init; }

    /// <summary>Dated progress notes.</summary>
    public IReadOnlyList<ProgressNote> Progress { get; init; } = [];

    /// <summary>Other actions this one refers to ("see action 1.4.1").</summary>
    [Ref(RefTarget.Action)]
    public IReadOnlyList<string> SeeAlso { get; init; } = [];

    /// <summary>Where it was captured from.</summary>
    public SourceRef? Source { get; init; }
}

/// <summary>A milestone: what is to be done and by when.</summary>
public sealed record Milestone : Node
{
    /// <summary>The milestone text as the source writes it.</summary>
    [Translatable]
    public required string Text { get; init; }

    /// <summary>When work towards it starts ("between July 2008 and …").</summary>
    public PartialDate? Start { get; init; }

    /// <summary>When it is due; absent when the source gives no date.</summary>
    public PartialDate? Due { get; init; }

    /// <summary>The date as the source writes it, where it is not plain.</summary>
    public string? DueText { get; init; }

    /// <summary>Partners who lead this milestone, where the source gives a lead for one part of an action only.</summary>
    [Ref(RefTarget.Partner)]
    public IReadOnlyList<string> Leads { get; init; } = [];
}

/// <summary>A dated progress report on an action.</summary>
public sealed record ProgressNote : Node
{
    /// <summary>When.</summary>
    public required PartialDate Date { get; init; }

    /// <summary>The rating at that date.</summary>
    public Rag? Rag { get; init; }

    /// <summary>The status at that date.</summary>
    public ActionStatus? Status { get; init; }

    /// <summary>The note.</summary>
    [Markdown]
    [Translatable]
    public required string Text { get; init; }
}
