using System.Text.Json.Serialization;

namespace CohesionSite.Core.Model;

/// <summary>
/// Base of every object read from a YAML mapping. It carries the mark of the mapping itself and
/// of each field and list item, so rules and error messages can point at the exact value, not
/// only the entity.
/// </summary>
public abstract record Node
{
    /// <summary>Where the mapping that produced this node starts.</summary>
    [NotContent, JsonIgnore]
    public SourceMark Mark { get; init; }

    /// <summary>Marks of field values, keyed by YAML field name (<c>due</c>, <c>leads</c>).</summary>
    [NotContent, JsonIgnore]
    public IReadOnlyDictionary<string, SourceMark> FieldMarks { get; init; } = EmptyMarks;

    /// <summary>Marks of the items of list fields, keyed by YAML field name, in list order.</summary>
    [NotContent, JsonIgnore]
    public IReadOnlyDictionary<string, SourceMark[]> ItemMarks { get; init; } = EmptyItemMarks;

    private static readonly IReadOnlyDictionary<string, SourceMark> EmptyMarks = SmallMap<SourceMark>.Empty;
    private static readonly IReadOnlyDictionary<string, SourceMark[]> EmptyItemMarks = SmallMap<SourceMark[]>.Empty;

    /// <summary>The mark of a field's value, falling back to the node's own mark.</summary>
    public SourceMark MarkOf(string field) => FieldMarks.TryGetValue(field, out var mark) ? mark : Mark;

    /// <summary>The mark of item <paramref name="index"/> of a list field, falling back to the field.</summary>
    public SourceMark MarkOf(string field, int index) =>
        ItemMarks.TryGetValue(field, out var marks) && index >= 0 && index < marks.Length ? marks[index] : MarkOf(field);

}

/// <summary>A node with an id that is unique within its scope (a strategy, or the national set).</summary>
public abstract record IdentifiedNode : Node
{
    /// <summary>A slug or dotted ref (<c>walsall-council</c>, <c>1.1.1</c>), unique in its scope.</summary>
    [Pattern(Ids.Pattern)]
    public required string Id { get; init; }
}

/// <summary>Where an entity was captured from: the seed document and the section heading.</summary>
public sealed record SourceRef : Node
{
    /// <summary>The seed file name; defaults to the strategy's seed when omitted.</summary>
    public string? Seed { get; init; }

    /// <summary>The section heading (or table/appendix name) the entity comes from.</summary>
    public string? Section { get; init; }

    /// <summary>A page number or other locator, where the source gives one.</summary>
    public string? Page { get; init; }
}
