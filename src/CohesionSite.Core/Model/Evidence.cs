namespace CohesionSite.Core.Model;

/// <summary>A good-practice case study.</summary>
[EntityKind(RefTarget.CaseStudy)]
public sealed record CaseStudy : IdentifiedNode
{
    /// <summary>Name.</summary>
    [Translatable]
    public required string Title { get; init; }

    /// <summary>Where it happened.</summary>
    [Translatable]
    public string? Place { get; init; }

    /// <summary>The strategy's theme it illustrates (tree node id).</summary>
    [Ref(RefTarget.Priority)]
    [Translatable]
    public string? Theme { get; init; }

    /// <summary>What it is.</summary>
    [Markdown]
    [Translatable]
    public required string Summary { get; init; }

    /// <summary>What it achieved.</summary>
    [Markdown]
    public string? Achieved { get; init; }

    /// <summary>How it supports cohesion, where the source says so in a sentence of its own.</summary>
    [Markdown]
    public string? Contribution { get; init; }

    /// <summary>The caption of its photograph, where it has one.</summary>
    public string? Caption { get; init; }

    /// <summary>Links to more.</summary>
    public IReadOnlyList<Resource> Links { get; init; } = [];

    /// <summary>Where it was captured from.</summary>
    public SourceRef? Source { get; init; }
}

/// <summary>A table of figures (a survey table, a funding table) published as a real HTML table.</summary>
[EntityKind(RefTarget.Evidence)]
public sealed record EvidenceTable : IdentifiedNode
{
    /// <summary>The caption.</summary>
    [Translatable]
    public required string Title { get; init; }

    /// <summary>What the figures are and where they come from.</summary>
    [Markdown]
    [Translatable]
    public string? Description { get; init; }

    /// <summary>Column headings; the first column heads the row headers.</summary>
    public required IReadOnlyList<string> Columns { get; init; }

    /// <summary>Rows of cells, as the source writes them; each row has one cell per column.</summary>
    public required IReadOnlyList<IReadOnlyList<string>> Rows { get; init; }

    /// <summary>Notes under the table.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Where it was captured from.</summary>
    public SourceRef? Source { get; init; }
}

/// <summary>A single figure the text gives ("BVPI 2a: level 2").</summary>
[EntityKind(RefTarget.Evidence)]
public sealed record Figure : IdentifiedNode
{
    /// <summary>What is measured.</summary>
    [Translatable]
    public required string Label { get; init; }

    /// <summary>The number, where it is one.</summary>
    public double? Value { get; init; }

    /// <summary>The figure as the source writes it.</summary>
    [Translatable]
    public required string Text { get; init; }

    /// <summary>Unit.</summary>
    [Translatable]
    public string? Unit { get; init; }

    /// <summary>Period.</summary>
    public string? Period { get; init; }

    /// <summary>Area.</summary>
    public string? Area { get; init; }

    /// <summary>The data source the document cites for it ("Source – ONS mid-year estimates").</summary>
    public string? Citation { get; init; }

    /// <summary>Where it was captured from.</summary>
    public SourceRef? Source { get; init; }
}
