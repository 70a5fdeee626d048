using CohesionSite.Core.Diagnostics;
using CohesionSite.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CohesionSite.Content.Yaml;

/// <summary>
/// Builds a <see cref="YNode"/> tree from YamlDotNet's parser events. Aliases share the anchored
/// node (no copy); the binder's node budget bounds what they expand to. A duplicate key is an
/// error at the second key.
/// </summary>
internal sealed class YTreeBuilder
{
    private readonly IParser _parser;
    private readonly string _file;
    private readonly ICollection<Diagnostic> _diagnostics;
    private readonly Dictionary<string, YNode> _anchors = new(StringComparer.Ordinal);

    private YTreeBuilder(IParser parser, string file, ICollection<Diagnostic> diagnostics)
    {
        _parser = parser;
        _file = file;
        _diagnostics = diagnostics;
    }

    /// <summary>Parses one document; null (with a diagnostic) for an empty stream or a second document. Throws <see cref="YamlException"/> on syntax errors.</summary>
    public static YNode? Build(IParser parser, string file, ICollection<Diagnostic> diagnostics)
    {
        var builder = new YTreeBuilder(parser, file, diagnostics);
        parser.Consume<StreamStart>();
        if (parser.Accept<StreamEnd>(out _))
        {
            diagnostics.Add(new(DiagnosticCodes.WrongType, DiagnosticSeverity.Error, new SourceMark(file, 1, 1),
                "the file is empty; expected a mapping of fields"));
            return null;
        }

        parser.Consume<DocumentStart>();
        var root = builder.Node();
        parser.Consume<DocumentEnd>();
        if (parser.Accept<DocumentStart>(out var second))
        {
            diagnostics.Add(new(DiagnosticCodes.YamlSyntax, DiagnosticSeverity.Error,
                new SourceMark(file, (int)second.Start.Line, (int)second.Start.Column),
                "a second YAML document; expected one document per file"));
            return null;
        }

        return root;
    }

    private YNode Node()
    {
        var e = _parser.Consume<ParsingEvent>();
        var line = (int)e.Start.Line;
        var column = (int)e.Start.Column;
        switch (e)
        {
            case Scalar s:
                return Anchor(s.Anchor, new YScalar(line, column, s.Value, s.Style is ScalarStyle.Plain or ScalarStyle.Any));
            case AnchorAlias a:
                if (_anchors.TryGetValue(a.Value.Value, out var target))
                {
                    return target;
                }

                throw new YamlException(a.Start, a.End, $"alias *{a.Value.Value} names no anchor defined before it");
            case SequenceStart q:
            {
                var items = new List<YNode>();
                var seq = Anchor(q.Anchor, new YSeq(line, column, items));
                while (!_parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(Node());
                }

                return seq;
            }

            case MappingStart m:
            {
                var entries = new List<(YNode, YNode)>();
                var map = Anchor(m.Anchor, new YMap(line, column, entries));
                HashSet<string>? keys = null;
                while (!_parser.TryConsume<MappingEnd>(out _))
                {
                    var key = Node();
                    var value = Node();
                    if (key is YScalar k && !(keys ??= new HashSet<string>(StringComparer.Ordinal)).Add(k.Value))
                    {
                        _diagnostics.Add(new(DiagnosticCodes.YamlSyntax, DiagnosticSeverity.Error, new SourceMark(_file, k.Line, k.Column),
                            $"duplicate key '{k.Value}' in this mapping; expected each key once"));
                        continue;
                    }

                    entries.Add((key, value));
                }

                return map;
            }

            default:
                throw new YamlException(e.Start, e.End, $"unexpected {e.GetType().Name}");
        }
    }

    private T Anchor<T>(AnchorName anchor, T node) where T : YNode
    {
        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = node;
        }

        return node;
    }
}
