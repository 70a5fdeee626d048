using System.Globalization;
using System.Text.RegularExpressions;
using CohesionSite.Content.Shapes;
using CohesionSite.Content.Yaml;
using CohesionSite.Core.Diagnostics;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;
using CohesionSite.Core.Text;

namespace CohesionSite.Content.Binding;

/// <summary>
/// Binds a YAML node tree to a model record, reading the record's <see cref="TypeShape"/>.
/// Every problem (unknown key, wrong type, missing required key, bad value) becomes a diagnostic
/// at the exact node; binding goes on so one run reports every error in the file.
/// A node budget counts every visit, so alias bombs and cycles stop with a clear error.
/// </summary>
public sealed class NodeBinder
{
    private readonly string _file;
    private readonly ICollection<Diagnostic> _diagnostics;
    private readonly YamlLimits _limits;
    private readonly NamingStyle _naming;
    private static readonly PropertyAccessor MarkAccess = PropertyAccessor.For(typeof(Node).GetProperty(nameof(Node.Mark))!);
    private static readonly PropertyAccessor FieldMarksAccess = PropertyAccessor.For(typeof(Node).GetProperty(nameof(Node.FieldMarks))!);
    private static readonly PropertyAccessor ItemMarksAccess = PropertyAccessor.For(typeof(Node).GetProperty(nameof(Node.ItemMarks))!);
    private readonly List<(string Key, SourceMark Mark)> _fieldMarks = [];
    private readonly List<(string Key, SourceMark[] Marks)> _itemMarks = [];
    private int _visited;
    private bool _budgetReported;

    /// <summary>Creates a binder for one file.</summary>
    public NodeBinder(string displayPath, ICollection<Diagnostic> diagnostics, YamlLimits limits, NamingStyle naming = NamingStyle.Camel)
    {
        _file = displayPath;
        _diagnostics = diagnostics;
        _limits = limits;
        _naming = naming;
    }

    /// <summary>Binds <paramref name="root"/> as a <typeparamref name="T"/>; null when the root is not a mapping.</summary>
    public T? BindRoot<T>(YNode root) where T : Node
    {
        if (root is not YMap)
        {
            Error(DiagnosticCodes.WrongType, root, $"expected a mapping of fields for {Describe(typeof(T))} but found {ShapeOf(root)}");
            return null;
        }

        return (T?)BindObject(root, TypeShape.For(typeof(T), _naming), 0);
    }

    private object? BindObject(YNode node, TypeShape shape, int depth)
    {
        if (!Enter(node, depth))
        {
            return null;
        }

        if (node is not YMap map)
        {
            Error(DiagnosticCodes.WrongType, node, $"expected a mapping of fields for {Describe(shape.Type)} but found {ShapeOf(node)}");
            return null;
        }

        var instance = Activator.CreateInstance(shape.Type)!;
        // This node's field and item marks go on the binder's scratch stacks from these offsets;
        // nested nodes push theirs above and take them off again before this loop goes on.
        var marksFrom = _fieldMarks.Count;
        var itemMarksFrom = _itemMarks.Count;
        var requiredSeen = 0;
        foreach (var (keyNode, valueNode) in map.Entries)
        {
            if (keyNode is not YScalar { Value: var key })
            {
                Error(DiagnosticCodes.WrongType, keyNode, "expected a plain field name");
                continue;
            }

            if (depth == 0 && key == "$schema")
            {
                // Editors' schema association in JSON files (statiq.json); not part of the model.
                continue;
            }

            var property = shape.Find(key);
            if (property is null)
            {
                var keys = shape.Properties.Select(p => p.Key).ToArray();
                Error(DiagnosticCodes.UnknownField, keyNode,
                    $"unknown field '{key}' in {Describe(shape.Type)}{Suggest.Hint(key, keys)}; expected one of: {string.Join(", ", keys)}");
                continue;
            }

            requiredSeen += property.Required ? 1 : 0;
            Put(_fieldMarks, marksFrom, key, MarkOf(valueNode));
            if (IsNull(valueNode))
            {
                if (property.Required)
                {
                    Error(DiagnosticCodes.MissingField, valueNode, $"'{key}' is required in {Describe(shape.Type)} and cannot be empty");
                }

                continue;
            }

            object? value;
            if (property.Value.Kind == ValueKind.List)
            {
                value = BindList(node: valueNode, property.Value, property, new FieldPath(key, -1), depth + 1, out var listMarks);
                if (listMarks is not null)
                {
                    Put(_itemMarks, itemMarksFrom, key, listMarks);
                }
            }
            else
            {
                value = BindValue(valueNode, property.Value, property, new FieldPath(key, -1), depth + 1);
            }

            if (value is not null)
            {
                property.Accessor.Set(instance, value);
            }
        }

        if (requiredSeen < shape.RequiredCount)
        {
            foreach (var missing in shape.Properties.Where(p => p.Required && !Has(_fieldMarks, marksFrom, p.Key)))
            {
                Error(DiagnosticCodes.MissingField, node, $"missing required field '{missing.Key}' in {Describe(shape.Type)}");
            }
        }

        var fieldMarks = Take(_fieldMarks, marksFrom);
        var itemMarks = Take(_itemMarks, itemMarksFrom);
        if (instance is Node bound)
        {
            // The marks are set like every other field of the node the binder is still building
            // (through its init accessors), before the node leaves the binder; no copy of the record.
            MarkAccess.Set(bound, MarkOf(node));
            FieldMarksAccess.Set(bound, fieldMarks);
            if (itemMarks.Count > 0)
            {
                ItemMarksAccess.Set(bound, itemMarks);
            }
        }

        return instance;
    }

    /// <summary>Adds or replaces <paramref name="key"/> among the entries of <paramref name="stack"/> from <paramref name="from"/>.</summary>
    private static void Put<T>(List<(string Key, T Value)> stack, int from, string key, T value)
    {
        for (var i = from; i < stack.Count; i++)
        {
            if (string.Equals(stack[i].Key, key, StringComparison.Ordinal))
            {
                stack[i] = (key, value);
                return;
            }
        }

        stack.Add((key, value));
    }

    private static bool Has<T>(List<(string Key, T Value)> stack, int from, string key)
    {
        for (var i = from; i < stack.Count; i++)
        {
            if (string.Equals(stack[i].Key, key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The entries of <paramref name="stack"/> from <paramref name="from"/> as a compact map, taken off the stack.</summary>
    private static SmallMap<T> Take<T>(List<(string Key, T Value)> stack, int from)
    {
        var count = stack.Count - from;
        if (count == 0)
        {
            return SmallMap<T>.Empty;
        }

        var keys = new string[count];
        var values = new T[count];
        for (var i = 0; i < count; i++)
        {
            (keys[i], values[i]) = stack[from + i];
        }

        stack.RemoveRange(from, count);
        return new SmallMap<T>(keys, values);
    }

    private object? BindValue(YNode node, ValueShape shape, PropertyShape? property, FieldPath path, int depth)
    {
        switch (shape.Kind)
        {
            case ValueKind.Object:
                return BindObject(node, shape.Object!, depth);
            case ValueKind.List:
                return BindList(node, shape, property, path, depth, out _);
            default:
                if (!Enter(node, depth))
                {
                    return null;
                }

                if (node is not YScalar scalar)
                {
                    Error(DiagnosticCodes.WrongType, node, $"'{path}' expected {Expected(shape)} but found {ShapeOf(node)}");
                    return null;
                }

                return BindScalar(scalar, shape, property, path);
        }
    }

    private object? BindList(YNode node, ValueShape shape, PropertyShape? property, FieldPath path, int depth, out SourceMark[]? itemMarks)
    {
        itemMarks = null;
        if (!Enter(node, depth))
        {
            return null;
        }

        if (node is not YSeq seq)
        {
            Error(DiagnosticCodes.WrongType, node, $"'{path}' expected a list of {Expected(shape.Element!)} but found {ShapeOf(node)}");
            return null;
        }

        var element = shape.Element!;
        var count = seq.Items.Count;
        var lists = shape.Lists;
        var array = lists.Create(count);
        itemMarks = new SourceMark[count];
        var bound = 0;
        for (var i = 0; i < count; i++)
        {
            var child = seq.Items[i];
            var itemPath = new FieldPath(path.Key, i);
            if (IsNull(child))
            {
                Error(DiagnosticCodes.WrongType, child, $"'{itemPath}' is empty; expected {Expected(element)}");
                continue;
            }

            var value = BindValue(child, element, property, itemPath, depth + 1);
            if (value is not null)
            {
                itemMarks[bound] = MarkOf(child);
                lists.Set(array, bound++, value);
            }
        }

        if (bound == count)
        {
            return array;
        }

        // Items that failed to bind were reported; keep the rest, in order.
        Array.Resize(ref itemMarks, bound);
        return lists.Prefix(array, bound);
    }

    private object? BindScalar(YScalar scalar, ValueShape shape, PropertyShape? property, FieldPath path)
    {
        var text = scalar.Value;
        var culture = CultureInfo.InvariantCulture;
        switch (shape.Kind)
        {
            case ValueKind.String:
                if (property?.Pattern is { } pattern && !PatternOf(pattern).IsMatch(text))
                {
                    Error(DiagnosticCodes.InvalidValue, scalar, $"'{path}' is '{Clip(text)}', which does not match {PatternHelp(pattern)}");
                    return null;
                }

                return text;
            case ValueKind.Integer:
                if (int.TryParse(text, NumberStyles.AllowLeadingSign, culture, out var i))
                {
                    return i;
                }

                break;
            case ValueKind.Number:
                if (double.TryParse(text, NumberStyles.Float, culture, out var d) && double.IsFinite(d))
                {
                    return d;
                }

                break;
            case ValueKind.Boolean:
                if (text is "true" or "false")
                {
                    return text == "true";
                }

                break;
            case ValueKind.Enum:
                var names = shape.EnumNames;
                var index = IndexOf(names, text);
                if (index >= 0)
                {
                    return shape.EnumValues[index];
                }

                Error(DiagnosticCodes.InvalidValue, scalar,
                    $"'{path}' is '{Clip(text)}'{Suggest.Hint(text, names)}; expected one of: {string.Join(", ", names)}");
                return null;
            case ValueKind.Date:
                if (PartialDate.TryParse(text, out var date))
                {
                    return date;
                }

                Error(DiagnosticCodes.DateInvalid, scalar, $"'{path}' is '{Clip(text)}', which is not a date; expected yyyy, yyyy-MM or yyyy-MM-dd (e.g. \"2008-11\")", new DiagnosticTarget(TargetKind.Field, path.ToString()));
                return null;
        }

        Error(DiagnosticCodes.WrongType, scalar, $"'{path}' is '{Clip(text)}'; expected {Expected(shape)}");
        return null;
    }

    private static Regex PatternOf(string pattern) =>
        // The patterns are the model's own (attributes in Core), never content: they need no match
        // timeout, and a wall-clock timeout fired under GC pauses on a loaded machine.
        RegexCache.Get(pattern, RegexOptions.CultureInvariant);

    private static int IndexOf(IReadOnlyList<string> names, string text)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == text)
            {
                return i;
            }
        }

        return -1;
    }

    private bool Enter(YNode node, int depth)
    {
        if (++_visited > _limits.MaxNodes)
        {
            if (!_budgetReported)
            {
                _budgetReported = true;
                Error(DiagnosticCodes.TooLarge, node,
                    $"the document expands to more than {_limits.MaxNodes:N0} nodes (aliases are expanded where they are used); simplify it or split it");
            }

            return false;
        }

        if (depth > _limits.MaxDepth)
        {
            if (!_budgetReported)
            {
                _budgetReported = true;
                Error(DiagnosticCodes.TooLarge, node, $"nesting deeper than {_limits.MaxDepth} levels");
            }

            return false;
        }

        return true;
    }

    private static bool IsNull(YNode node) => node is YScalar { IsNull: true };

    private SourceMark MarkOf(YNode node) => new(_file, node.Line, node.Column);

    private void Error(string code, YNode node, string message, DiagnosticTarget? target = null) =>
        _diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Error, MarkOf(node), message) { Target = target });

    private static string ShapeOf(YNode node) => node switch
    {
        YMap => "a mapping",
        YSeq => "a list",
        YScalar { IsNull: true } => "nothing",
        YScalar s => $"the value '{Clip(s.Value)}'",
        _ => "something else",
    };

    private static string Expected(ValueShape shape) => shape.Kind switch
    {
        ValueKind.String => "text",
        ValueKind.Integer => "a whole number",
        ValueKind.Number => "a number (without units or %, e.g. 74)",
        ValueKind.Boolean => "true or false",
        ValueKind.Enum => "one of: " + string.Join(", ", shape.EnumNames),
        ValueKind.Date => "a date (yyyy, yyyy-MM or yyyy-MM-dd)",
        ValueKind.List => "a list",
        _ => "a mapping of fields for " + Describe(shape.Clr),
    };

    /// <summary>"ActionItem" → "action item", for messages.</summary>
    internal static string Describe(Type type) => Naming.Kebab(type.Name).Replace('-', ' ');

    private static string PatternHelp(string pattern) => pattern switch
    {
        Ids.Pattern => "the id pattern (lower-case letters, digits, '-' and '.', e.g. 'walsall-council' or '1.1.1')",
        LanguageCodes.Pattern => $"a language the site has interface text for ({string.Join(", ", LanguageCodes.All)}; pattern {pattern})",
        _ => $"the pattern {pattern}",
    };

    private static string Clip(string text) => Excerpt.Clip(text);

    /// <summary>A field or list item in messages (<c>leads</c>, <c>leads[2]</c>), formatted only when a message needs it.</summary>
    private readonly record struct FieldPath(string Key, int Index)
    {
        public override string ToString() => Index < 0 ? Key : $"{Key}[{Index}]";
    }
}
