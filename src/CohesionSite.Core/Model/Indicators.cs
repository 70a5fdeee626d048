namespace CohesionSite.Core.Model;

/// <summary>Which way an indicator should move.</summary>
public enum Direction
{
    /// <summary>The source does not say.</summary>
    Unknown,
    /// <summary>Higher is better.</summary>
    Higher,
    /// <summary>Lower is better.</summary>
    Lower,
}

/// <summary>An indicator with its baseline, targets and measurements.</summary>
[EntityKind(RefTarget.Indicator)]
public sealed record Indicator : IdentifiedNode
{
    /// <summary>The code the source uses ("NI 1", "LAA", "BVPI 2a").</summary>
    public string? Code { get; init; }

    /// <summary>The national indicator it is, where it is one.</summary>
    [Ref(RefTarget.NationalIndicator)]
    public string? National { get; init; }

    /// <summary>The title as the source gives it.</summary>
    [Translatable]
    public required string Title { get; init; }

    /// <summary>A grouping (perception, LAA, local …).</summary>
    public string? Category { get; init; }

    /// <summary>Unit of the values (percent, count …).</summary>
    [Translatable]
    public string? Unit { get; init; }

    /// <summary>Which way is better.</summary>
    public Direction Direction { get; init; } = Direction.Unknown;

    /// <summary>The survey or return that measures it (Place Survey, People's Voice …).</summary>
    public string? Survey { get; init; }

    /// <summary>The responsible body as the source writes it.</summary>
    public string? Owner { get; init; }

    /// <summary>The responsible bodies as partner ids, where they are partners.</summary>
    [Ref(RefTarget.Partner)]
    public IReadOnlyList<string> OwnerPartners { get; init; } = [];

    /// <summary>The baseline; <c>toBeDetermined: true</c> when the source says so. Absent when the source gives none.</summary>
    public DataPoint? Baseline { get; init; }

    /// <summary>Targets by period.</summary>
    public IReadOnlyList<DataPoint> Targets { get; init; } = [];

    /// <summary>Measurements by period and area.</summary>
    public IReadOnlyList<DataPoint> Measurements { get; init; } = [];

    /// <summary>Outcomes it measures.</summary>
    [Ref(RefTarget.Outcome)]
    public IReadOnlyList<string> Outcomes { get; init; } = [];

    /// <summary>Priorities it measures.</summary>
    [Ref(RefTarget.Priority)]
    public IReadOnlyList<string> Priorities { get; init; } = [];

    /// <summary>Anything else the source says.</summary>
    [Markdown]
    [Translatable]
    public string? Note { get; init; }

    /// <summary>Where it was captured from.</summary>
    public SourceRef? Source { get; init; }
}

/// <summary>
/// One value of an indicator: a baseline, target or measurement, for a period and optionally an
/// area. "To be determined" is <see cref="ToBeDetermined"/>, never zero or blank.
/// </summary>
public sealed record DataPoint : Node
{
    /// <summary>The period as the source writes it ("2007/08", "2009").</summary>
    public string? Period { get; init; }

    /// <summary>The area (national, a county, a district); absent means the strategy's own area.</summary>
    public string? Area { get; init; }

    /// <summary>The group of areas the source puts it in ("Districts", "Neighbouring Counties").</summary>
    public string? Group { get; init; }

    /// <summary>The number.</summary>
    public double? Value { get; init; }

    /// <summary>The value as the source writes it ("54%", "To be determined").</summary>
    [Translatable]
    public string? Text { get; init; }

    /// <summary>True when the source says the value is still to be determined.</summary>
    public bool ToBeDetermined { get; init; }

    /// <summary>Sample or survey detail.</summary>
    [Translatable]
    public string? Note { get; init; }
}
