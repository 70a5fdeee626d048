using YamlDotNet.RepresentationModel;

namespace CohesionSite.Content.Yaml;

/// <summary>
/// A light YAML node tree with positions: what the binder needs and nothing more. Built straight
/// from parser events, it avoids the representation model's per-node hashing (its mappings hash
/// every key node deeply), which dominated load time on large files.
/// </summary>
public abstract class YNode
{
    private protected YNode(int line, int column)
    {
        Line = line;
        Column = column;
    }

    /// <summary>1-based line where the node starts.</summary>
    public int Line { get; }

    /// <summary>1-based column where the node starts.</summary>
    public int Column { get; }

    /// <summary>Converts a representation-model node (used by tools that edit YAML text) into this tree.</summary>
    public static YNode From(YamlNode node) => node switch
    {
        YamlScalarNode s => new YScalar((int)s.Start.Line, (int)s.Start.Column, s.Value ?? string.Empty,
            s.Style is YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any),
        YamlSequenceNode q => new YSeq((int)q.Start.Line, (int)q.Start.Column, q.Children.Select(From).ToList()),
        YamlMappingNode m => new YMap((int)m.Start.Line, (int)m.Start.Column, m.Children.Select(c => (From(c.Key), From(c.Value))).ToList()),
        _ => throw new NotSupportedException($"YAML node {node.GetType().Name}"),
    };
}

/// <summary>A scalar: its text, and whether it was written plain (only plain scalars can be null).</summary>
public sealed class YScalar(int line, int column, string value, bool isPlain) : YNode(line, column)
{
    /// <summary>The text.</summary>
    public string Value { get; } = value;

    /// <summary>True when written without quotes or block style.</summary>
    public bool IsPlain { get; } = isPlain;

    /// <summary>True for a plain empty, <c>~</c> or <c>null</c> scalar.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";
}

/// <summary>A sequence.</summary>
public sealed class YSeq(int line, int column, List<YNode> items) : YNode(line, column)
{
    /// <summary>The items in order.</summary>
    public List<YNode> Items { get; } = items;
}

/// <summary>A mapping, in document order.</summary>
public sealed class YMap(int line, int column, List<(YNode Key, YNode Value)> entries) : YNode(line, column)
{
    /// <summary>Key/value pairs in document order.</summary>
    public List<(YNode Key, YNode Value)> Entries { get; } = entries;
}
