using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CohesionSite.Content.Export;
using CohesionSite.Content.Shapes;
using CohesionSite.Core.Model;
using YamlDotNet.RepresentationModel;

namespace CohesionSite.Interchange.Yaml;

/// <summary>
/// Writes model records as block YAML in the content's house style: keys in model order,
/// two-space indents, lists indented under their key, multi-line text as literal blocks (<c>|-</c>),
/// dates double-quoted (<c>"2008-11"</c>), text that YAML would read as something else (<c>'1.1'</c>,
/// <c>'true'</c>) single-quoted, and fields at their default value left out.
/// </summary>
public static partial class YamlEmitter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A list item: <c>- key: value</c> at <paramref name="indent"/>, further keys at indent + 2.</summary>
    public static IReadOnlyList<string> ListItem(Node node, int indent)
    {
        var lines = new List<string>();
        Fields(lines, node, indent + 2);
        if (lines.Count == 0)
        {
            return [new string(' ', indent) + "- {}"];
        }

        lines[0] = new string(' ', indent) + "- " + lines[0][(indent + 2)..];
        return lines;
    }

    /// <summary>One field (<c>key: value</c>, or <c>key:</c> followed by its block) at <paramref name="indent"/>.</summary>
    public static IReadOnlyList<string> Field(string key, object value, ValueShape shape, int indent)
    {
        var lines = new List<string>();
        Field(lines, key, value, shape, indent);
        return lines;
    }

    /// <summary>True when <paramref name="value"/> is what the loader gives for an absent key, so the key can be left out.</summary>
    public static bool IsDefault(object? value, PropertyShape property) => value switch
    {
        null => true,
        string => false,
        IEnumerable e => !e.Cast<object>().Any(),
        _ => Same(value, property.Property.GetValue(Defaults(property.Property.DeclaringType!))),
    };

    /// <summary>Equal as far as the content is concerned (marks are ignored).</summary>
    public static bool Same(object? a, object? b) => Json(a) == Json(b);

    private static string Json(object? value) => value is null ? "null" : JsonSerializer.Serialize(value, value.GetType(), ModelJson.Options);

    private static readonly Dictionary<Type, object> DefaultInstances = [];

    private static object Defaults(Type type)
    {
        lock (DefaultInstances)
        {
            if (!DefaultInstances.TryGetValue(type, out var instance))
            {
                instance = Activator.CreateInstance(type)!;
                DefaultInstances[type] = instance;
            }

            return instance;
        }
    }

    private static void Fields(List<string> lines, object node, int indent)
    {
        foreach (var p in TypeShape.For(node.GetType()).Properties)
        {
            var value = p.Property.GetValue(node);
            if (!IsDefault(value, p))
            {
                Field(lines, p.Key, value!, p.Value, indent);
            }
        }
    }

    private static void Field(List<string> lines, string key, object value, ValueShape shape, int indent)
    {
        var pad = new string(' ', indent);
        switch (shape.Kind)
        {
            case ValueKind.Object:
                lines.Add($"{pad}{key}:");
                Fields(lines, value, indent + 2);
                break;
            case ValueKind.List:
                var items = ((IEnumerable)value).Cast<object>().ToArray();
                if (items.Length == 0)
                {
                    lines.Add($"{pad}{key}: []");
                    break;
                }

                lines.Add($"{pad}{key}:");
                foreach (var item in items)
                {
                    if (shape.Element!.Kind == ValueKind.Object)
                    {
                        lines.AddRange(ListItem((Node)item, indent + 2));
                    }
                    else
                    {
                        lines.Add($"{pad}  - {Inline(item, shape.Element)}");
                    }
                }

                break;
            case ValueKind.String when value is string s && s.Contains('\n') && Literal(s) is { } block:
                lines.Add($"{pad}{key}: {block.Header}");
                lines.AddRange(block.Lines.Select(l => l.Length == 0 ? l : pad + "  " + l));
                break;
            default:
                lines.Add($"{pad}{key}: {Inline(value, shape)}");
                break;
        }
    }

    /// <summary>A one-line scalar.</summary>
    private static string Inline(object value, ValueShape shape) => value switch
    {
        PartialDate d => $"\"{d}\"",
        bool b => b ? "true" : "false",
        int i => i.ToString(Invariant),
        double d => d.ToString("R", Invariant),
        Enum e => Naming.Kebab(e.ToString()),
        string s => Text(s),
        _ => throw new NotSupportedException($"no YAML form for {shape.Clr.Name}"),
    };

    /// <summary>Text: plain when YAML reads it back as the same string, else single-quoted, else double-quoted.</summary>
    public static string Text(string s)
    {
        if (IsPlainSafe(s))
        {
            return s;
        }

        if (!s.Any(c => char.IsControl(c) || c == '\u2028' || c == '\u2029' || c == '\uFEFF'))
        {
            return "'" + s.Replace("'", "''") + "'";
        }

        var sb = new StringBuilder("\"");
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return sb.Append('"').ToString();
    }

    private static bool IsPlainSafe(string s)
    {
        if (s.Length == 0 || s != s.Trim() || "-?:,[]{}#&*!|>'\"%@`".Contains(s[0]) || s.Contains(": ") || s.Contains(" #") || s.EndsWith(':')
            || s.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF') || NotAString().IsMatch(s))
        {
            return false;
        }

        // The last word belongs to the parser: it must read the same text back, as a plain scalar.
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader("k: " + s));
            var value = ((YamlMappingNode)stream.Documents[0].RootNode).Children.Values.Single();
            return value is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } scalar && scalar.Value == s;
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return false;
        }
    }

    /// <summary>A literal block (<c>|-</c>, <c>|</c> or <c>|+</c>) for multi-line text, or null when the text cannot be one.</summary>
    private static (string Header, IReadOnlyList<string> Lines)? Literal(string s)
    {
        var body = s.TrimEnd('\n');
        var trailing = s.Length - body.Length;
        var lines = body.Split('\n');
        // Literal blocks cannot hold carriage returns, tabs at a line start, control characters,
        // trailing spaces before a line break are fine; a leading space on the first line needs an
        // indentation indicator, which hand editors find obscure, so quote those instead.
        if (body.Length == 0 || body.Contains('\r') || lines[0].StartsWith(' ') || lines[0].StartsWith('\t')
            || s.Any(c => c != '\n' && (char.IsControl(c) && c != '\t' || c is '\u2028' or '\u2029' or '\uFEFF')))
        {
            return null;
        }

        var header = trailing switch { 0 => "|-", 1 => "|", _ => "|+" };
        var all = trailing > 1 ? lines.Concat(Enumerable.Repeat(string.Empty, trailing - 1)).ToArray() : lines;
        return (header, all);
    }

    [GeneratedRegex(@"^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N|[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|0x[0-9a-fA-F_]+|0o[0-7]+|0b[01_]+|[0-9]{4}-[0-9]{1,2}(-[0-9]{1,2}.*)?|[0-9]+(:[0-9]+)+(\.[0-9]*)?)$")]
    private static partial Regex NotAString();
}
