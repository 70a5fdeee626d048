namespace CohesionSite.Core.Model;

/// <summary>What a national framework lists.</summary>
public enum FrameworkKind
{
    /// <summary>Principles (CIC 2007's four).</summary>
    Principles,
    /// <summary>Priorities (the 2006 White Paper's eight).</summary>
    Priorities,
    /// <summary>Foundations of a definition.</summary>
    Foundations,
    /// <summary>Ways of living together.</summary>
    Ways,
    /// <summary>Protected characteristics or other groups.</summary>
    Characteristics,
    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>A national list strategies refer to by id instead of copying (e.g. the White Paper's 8 priorities).</summary>
[EntityKind(RefTarget.Framework)]
public sealed record Framework : IdentifiedNode
{
    /// <summary>The framework's name.</summary>
    public required string Title { get; init; }

    /// <summary>What the list is.</summary>
    public FrameworkKind Kind { get; init; } = FrameworkKind.Other;

    /// <summary>Who published it (e.g. Commission for Integration and Cohesion).</summary>
    public string? Publisher { get; init; }

    /// <summary>Year of publication.</summary>
    public int? Year { get; init; }

    /// <summary>Introductory text.</summary>
    [Markdown]
    public string? Intro { get; init; }

    /// <summary>The items, in the publisher's order.</summary>
    public IReadOnlyList<FrameworkItem> Items { get; init; } = [];

    /// <summary>Where it was captured from.</summary>
    public SourceRef? Source { get; init; }
}

/// <summary>One entry of a national framework; referred to as <c>framework-id/item-id</c>.</summary>
public sealed record FrameworkItem : IdentifiedNode
{
    /// <summary>Short name.</summary>
    public required string Title { get; init; }

    /// <summary>Full wording.</summary>
    [Markdown]
    public string? Text { get; init; }
}

/// <summary>A national definition of an integrated and cohesive community.</summary>
[EntityKind(RefTarget.Definition)]
public sealed record Definition : IdentifiedNode
{
    /// <summary>Name of the definition (e.g. "CIC 2007 definition").</summary>
    public required string Title { get; init; }

    /// <summary>Who published it.</summary>
    public string? Publisher { get; init; }

    /// <summary>Year of publication.</summary>
    public int? Year { get; init; }

    /// <summary>The lead-in ("An integrated and cohesive community is one where:").</summary>
    [Markdown]
    public string? Intro { get; init; }

    /// <summary>The clauses of the definition, in order.</summary>
    public IReadOnlyList<string> Clauses { get; init; } = [];

    /// <summary>Frameworks that are part of this definition (its foundations, ways of living together, principles).</summary>
    [Ref(RefTarget.Framework)]
    public IReadOnlyList<string> Frameworks { get; init; } = [];

    /// <summary>Citation of the publication.</summary>
    public string? Citation { get; init; }

    /// <summary>Where it was captured from.</summary>
    public SourceRef? Source { get; init; }
}

/// <summary>An entry of the national indicator set (NI 1 …).</summary>
[EntityKind(RefTarget.NationalIndicator)]
public sealed record NationalIndicator : IdentifiedNode
{
    /// <summary>The official code ("NI 1").</summary>
    public required string Code { get; init; }

    /// <summary>The official title.</summary>
    public required string Title { get; init; }

    /// <summary>Which survey or return measures it.</summary>
    public string? Survey { get; init; }

    /// <summary>Which way is better.</summary>
    public Direction Direction { get; init; } = Direction.Unknown;
}
