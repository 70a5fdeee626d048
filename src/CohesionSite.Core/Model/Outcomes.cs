namespace CohesionSite.Core.Model;

/// <summary>An outcome (Results Based Accountability: a result and what it will look like).</summary>
[EntityKind(RefTarget.Outcome)]
public sealed record Outcome : IdentifiedNode
{
    /// <summary>The number the source gives it.</summary>
    public string? Number { get; init; }

    /// <summary>Is this the overall RBA result (rather than one of its outcomes)?</summary>
    public bool IsResult { get; init; }

    /// <summary>The outcome statement.</summary>
    [Translatable]
    public required string Title { get; init; }

    /// <summary>Further text.</summary>
    [Markdown]
    [Translatable]
    public string? Text { get; init; }

    /// <summary>"What this will look like" measures.</summary>
    public IReadOnlyList<string> Measures { get; init; } = [];

    /// <summary>Indicators that measure it.</summary>
    [Ref(RefTarget.Indicator)]
    public IReadOnlyList<string> Indicators { get; init; } = [];

    /// <summary>Priorities it serves.</summary>
    [Ref(RefTarget.Priority)]
    public IReadOnlyList<string> Priorities { get; init; } = [];

    /// <summary>Where it was captured from.</summary>
    public SourceRef? Source { get; init; }
}
