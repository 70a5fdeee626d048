namespace CohesionSite.Core.Model;

/// <summary>The sector a partner belongs to.</summary>
public enum Sector
{
    /// <summary>Local authority.</summary>
    Council,
    /// <summary>Police and community safety.</summary>
    Police,
    /// <summary>Health.</summary>
    Health,
    /// <summary>Schools, colleges, universities.</summary>
    Education,
    /// <summary>Housing providers.</summary>
    Housing,
    /// <summary>Voluntary and community sector.</summary>
    Voluntary,
    /// <summary>Faith organisations.</summary>
    Faith,
    /// <summary>Business.</summary>
    Business,
    /// <summary>A partnership or board of several bodies.</summary>
    Partnership,
    /// <summary>Fire and rescue.</summary>
    Fire,
    /// <summary>Central or regional government.</summary>
    Government,
    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>A partner organisation; actions name their leads by partner id.</summary>
[EntityKind(RefTarget.Partner)]
public sealed record Partner : IdentifiedNode
{
    /// <summary>Full name.</summary>
    public required string Name { get; init; }

    /// <summary>Abbreviation used in the source (PCT, whg …).</summary>
    public string? Abbreviation { get; init; }

    /// <summary>Other names the source uses for the same body ("tPCT", "Walsall PCT").</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The heading the source lists it under (e.g. "Groups and Organisations", "Focus Groups").</summary>
    public string? Category { get; init; }

    /// <summary>Sector.</summary>
    public Sector Sector { get; init; } = Sector.Other;

    /// <summary>Roles in the strategy: lead, member, consultee, stakeholder, thematic-partner …</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>Anything else the source says (e.g. a representative's name).</summary>
    [Translatable]
    public string? Note { get; init; }
}

/// <summary>A shared value the strategy promotes.</summary>
[EntityKind(RefTarget.Value)]
public sealed record SharedValue : IdentifiedNode
{
    /// <summary>Short name.</summary>
    [Translatable]
    public required string Title { get; init; }

    /// <summary>Full wording.</summary>
    [Markdown]
    [Translatable]
    public string? Text { get; init; }

    /// <summary>Where it was captured from.</summary>
    public SourceRef? Source { get; init; }
}

/// <summary>A principle of the strategy, optionally pointing at the outcomes that deliver it.</summary>
[EntityKind(RefTarget.Principle)]
public sealed record Principle : IdentifiedNode
{
    /// <summary>The number the source gives it.</summary>
    public string? Number { get; init; }

    /// <summary>Short name.</summary>
    [Translatable]
    public required string Title { get; init; }

    /// <summary>Full wording.</summary>
    [Markdown]
    [Translatable]
    public string? Text { get; init; }

    /// <summary>Outcomes this principle points at (Wrexham's principles do).</summary>
    [Ref(RefTarget.Outcome)]
    public IReadOnlyList<string> Outcomes { get; init; } = [];

    /// <summary>National framework items it corresponds to (<c>framework/item</c>).</summary>
    [Ref(RefTarget.FrameworkItem)]
    public IReadOnlyList<string> National { get; init; } = [];

    /// <summary>Where it was captured from.</summary>
    public SourceRef? Source { get; init; }
}

/// <summary>What a statement is.</summary>
public enum StatementKind
{
    /// <summary>A strategic aim.</summary>
    Aim,
    /// <summary>A key ambition.</summary>
    Ambition,
    /// <summary>A strategic responsibility.</summary>
    Responsibility,
    /// <summary>A "we recognise" statement.</summary>
    Recognition,
    /// <summary>An aim of a toolkit.</summary>
    ToolkitAim,
    /// <summary>A shared priority.</summary>
    SharedPriority,
    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>An aim, ambition, responsibility or recognition the strategy states.</summary>
[EntityKind(RefTarget.Statement)]
public sealed record Statement : IdentifiedNode
{
    /// <summary>What kind of statement.</summary>
    public required StatementKind Kind { get; init; }

    /// <summary>The number the source gives it.</summary>
    public string? Number { get; init; }

    /// <summary>Short name, where the source gives one.</summary>
    [Translatable]
    public string? Title { get; init; }

    /// <summary>The wording.</summary>
    [Markdown]
    [Translatable]
    public required string Text { get; init; }

    /// <summary>Sub-items, where the statement has a list.</summary>
    [Translatable]
    public IReadOnlyList<string> Items { get; init; } = [];

    /// <summary>Where it was captured from.</summary>
    public SourceRef? Source { get; init; }
}

/// <summary>A protected characteristic or community the strategy declares it will reach.</summary>
[EntityKind(RefTarget.Group)]
public sealed record Group : IdentifiedNode
{
    /// <summary>Name.</summary>
    [Translatable]
    public required string Title { get; init; }

    /// <summary>The national protected characteristic it is (<c>protected-characteristics/age</c>).</summary>
    [Ref(RefTarget.FrameworkItem)]
    public string? Ref { get; init; }

    /// <summary>Further wording.</summary>
    [Translatable]
    public string? Text { get; init; }

    /// <summary>Where it was captured from.</summary>
    public SourceRef? Source { get; init; }
}

/// <summary>A grid of two national frameworks (rows × columns); actions tagged with both fill a cell.</summary>
public sealed record FrameworkMatrix : Node
{
    /// <summary>The grid's caption.</summary>
    [Translatable]
    public required string Title { get; init; }

    /// <summary>The framework whose items are the rows.</summary>
    [Ref(RefTarget.Framework)]
    public required string Rows { get; init; }

    /// <summary>The framework whose items are the columns.</summary>
    [Ref(RefTarget.Framework)]
    public required string Columns { get; init; }

    /// <summary>Text the source writes into cells, where it does.</summary>
    public IReadOnlyList<MatrixCell> Cells { get; init; } = [];

    /// <summary>The strategy's own wording of row and column headings, where it differs from the national titles.</summary>
    public IReadOnlyList<MatrixLabel> Labels { get; init; } = [];

    /// <summary>Where it was captured from.</summary>
    public SourceRef? Source { get; init; }
}

/// <summary>One cell's own text in a framework matrix.</summary>
public sealed record MatrixCell : Node
{
    /// <summary>Row item (<c>framework/item</c>).</summary>
    [Ref(RefTarget.FrameworkItem)]
    public required string Row { get; init; }

    /// <summary>Column item (<c>framework/item</c>).</summary>
    [Ref(RefTarget.FrameworkItem)]
    public required string Column { get; init; }

    /// <summary>What the source writes in the cell.</summary>
    [Translatable]
    public required string Text { get; init; }
}

/// <summary>How a strategy words one row or column heading of its framework matrix.</summary>
public sealed record MatrixLabel : Node
{
    /// <summary>The row or column item (<c>framework/item</c>).</summary>
    [Ref(RefTarget.FrameworkItem)]
    public required string Item { get; init; }

    /// <summary>The heading as the strategy writes it.</summary>
    [Translatable]
    public required string Text { get; init; }
}
