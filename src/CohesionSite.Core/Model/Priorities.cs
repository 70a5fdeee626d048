namespace CohesionSite.Core.Model;

/// <summary>What level of the tree a node is.</summary>
public enum PriorityKind
{
    /// <summary>A theme grouping priorities (Walsall's PEOPLE).</summary>
    Theme,
    /// <summary>A priority (Walsall 1.1).</summary>
    Priority,
    /// <summary>A strategic objective (Northamptonshire SO1).</summary>
    Objective,
}

/// <summary>A node of the themes → priorities / strategic objectives tree, numbered as in the source.</summary>
[EntityKind(RefTarget.Priority)]
public sealed record PriorityNode : IdentifiedNode
{
    /// <summary>The number as the source writes it ("1.1", "SO1.1", "1").</summary>
    public string? Number { get; init; }

    /// <summary>Theme, priority or objective.</summary>
    public PriorityKind Kind { get; init; } = PriorityKind.Priority;

    /// <summary>The name as the section heading gives it.</summary>
    [Translatable]
    public required string Title { get; init; }

    /// <summary>The name as other places of the same document give it (contents list, priority list …).</summary>
    public IReadOnlyList<TitleVariant> Variants { get; init; } = [];

    /// <summary>The narrative under the heading.</summary>
    [Markdown]
    [Translatable]
    public string? Narrative { get; init; }

    /// <summary>Challenges the source lists for this theme.</summary>
    public IReadOnlyList<string> Challenges { get; init; } = [];

    /// <summary>The promises the text makes ("Actions are:", "This will be achieved through:").</summary>
    public IReadOnlyList<Commitment> Commitments { get; init; } = [];

    /// <summary>Text after the commitments list.</summary>
    [Markdown]
    public string? After { get; init; }

    /// <summary>National framework items this node corresponds to.</summary>
    [Ref(RefTarget.FrameworkItem)]
    public IReadOnlyList<string> National { get; init; } = [];

    /// <summary>Outcomes this node aims at.</summary>
    [Ref(RefTarget.Outcome)]
    public IReadOnlyList<string> Outcomes { get; init; } = [];

    /// <summary>Sub-nodes (priorities of a theme, SO1.1 of SO1).</summary>
    public IReadOnlyList<PriorityNode> Children { get; init; } = [];

    /// <summary>Where it was captured from.</summary>
    public SourceRef? Source { get; init; }
}

/// <summary>How one place in a document names an item.</summary>
public sealed record TitleVariant : Node
{
    /// <summary>Where: <c>contents</c>, <c>priority-list</c>, <c>action-plan</c> …</summary>
    public required string Place { get; init; }

    /// <summary>The name as written there.</summary>
    public required string Title { get; init; }
}

/// <summary>A promise the strategy text makes, and the action-plan lines that deliver it.</summary>
[EntityKind(RefTarget.Commitment)]
public sealed record Commitment : IdentifiedNode
{
    /// <summary>The words of the promise.</summary>
    [Markdown]
    [Translatable]
    public required string Text { get; init; }

    /// <summary>Action refs that deliver it.</summary>
    [Ref(RefTarget.Action)]
    public IReadOnlyList<string> Actions { get; init; } = [];

    /// <summary>Who the text says will do it, where it says (partner ids).</summary>
    [Ref(RefTarget.Partner)]
    public IReadOnlyList<string> Leads { get; init; } = [];

    /// <summary>When the text says it will be done, where it says.</summary>
    public PartialDate? Due { get; init; }

    /// <summary>National framework items it serves (fills a matrix cell).</summary>
    [Ref(RefTarget.FrameworkItem)]
    public IReadOnlyList<string> National { get; init; } = [];
}
