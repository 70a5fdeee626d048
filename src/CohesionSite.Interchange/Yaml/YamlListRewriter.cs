using CohesionSite.Content.Binding;
using CohesionSite.Content.Shapes;
using CohesionSite.Content.Yaml;
using CohesionSite.Core.Diagnostics;
using CohesionSite.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace CohesionSite.Interchange.Yaml;

/// <summary>
/// Replaces one top-level list of a content file (<c>actions:</c>, <c>indicators:</c>) with new
/// records while changing as little text as it can: everything outside the list (header
/// comments, the <c>plan:</c> block) is kept byte for byte; an item whose content did not change
/// keeps its text, comments included; a changed item keeps its key order and the text of its
/// unchanged fields, and only the changed fields are written anew. Whatever had to be rewritten
/// and held a comment is reported in <see cref="Result.Notes"/>, since that comment is lost.
/// </summary>
public static class YamlListRewriter
{
    /// <summary>The new text and what the rewrite could not keep.</summary>
    /// <param name="Text">The file's new text.</param>
    /// <param name="Notes">One line per comment that could not be kept, or structure that had to be regenerated.</param>
    /// <param name="Changed">How many items were added, changed and removed.</param>
    public sealed record Result(string Text, IReadOnlyList<string> Notes, (int Added, int Changed, int Removed) Changed);

    /// <summary>Rewrites <paramref name="listKey"/> of <paramref name="existing"/> (null when the file does not exist yet, then <paramref name="header"/> starts it).</summary>
    public static Result Rewrite<T>(string? existing, string listKey, IReadOnlyList<T> items, string display, string header, string kindName)
        where T : IdentifiedNode
    {
        if (existing is null && items.Count == 0)
        {
            // Nothing to say and no file to say it in: an empty sheet creates no file.
            return new Result(string.Empty, [], (0, 0, 0));
        }

        if (existing is null)
        {
            var fresh = new List<string>(header.TrimEnd('\n').Split('\n'));
            fresh.AddRange(ListBlock(listKey, items, 2));
            return new Result(string.Join('\n', fresh) + "\n", [], (items.Count, 0, 0));
        }

        var notes = new List<string>();
        var lines = existing.Split('\n').ToList();
        var endsWithNewline = existing.EndsWith('\n');
        if (endsWithNewline)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var comments = CommentLines(existing);
        var root = YamlFileReader.ParseRepresentation(existing, display, new List<Diagnostic>()) as YamlMappingNode
                   ?? throw new InvalidOperationException($"{display} is not a YAML mapping");
        var keys = root.Children.Keys.ToList();
        var keyNode = keys.OfType<YamlScalarNode>().FirstOrDefault(k => k.Value == listKey);
        List<string> output;
        var counts = (Added: 0, Changed: 0, Removed: 0);
        if (keyNode is null && items.Count == 0)
        {
            // An absent list already means "none": leave the file as it is.
            output = lines;
        }
        else if (keyNode is null)
        {
            output = [.. lines, .. ListBlock(listKey, items, 2)];
            counts.Added = items.Count;
        }
        else
        {
            var value = root.Children[keyNode];
            var next = keys.IndexOf(keyNode) + 1 < keys.Count ? (int)keys[keys.IndexOf(keyNode) + 1].Start.Line - 1 : lines.Count;
            var keyLine = (int)keyNode.Start.Line - 1;
            if (value is YamlSequenceNode { Style: not SequenceStyle.Flow } seq && seq.Children.Count > 0
                && seq.Children.All(c => DashColumn(lines, c) >= 0))
            {
                var first = (int)seq.Children[0].Start.Line - 1;
                var body = RewriteItems(lines, seq, next, items, comments, display, kindName, notes, ref counts);
                output = items.Count == 0
                    ? [.. lines.Take(keyLine), $"{listKey}: []", .. lines.Skip(next)]
                    : [.. lines.Take(first), .. body, .. lines.Skip(next)];
            }
            else
            {
                // An empty or flow-style list (actions: []) becomes a block list; text after the key
                // up to the next top-level key is the old value.
                var end = Math.Max(keyLine + 1, Math.Min(next, (int)value.End.Line - (value.End.Column == 1 ? 1 : 0)));
                if (value is YamlSequenceNode old)
                {
                    var oldItems = Bind<T>(old, display);
                    counts.Removed = oldItems.Count(o => !items.Any(i => i.Id == o.Id));
                    counts.Added = items.Count(i => !oldItems.Any(o => o.Id == i.Id));
                    counts.Changed = items.Count(i => oldItems.FirstOrDefault(o => o.Id == i.Id) is { } o && !YamlEmitter.Same(o, i));
                    if (old.Children.Count > 0 && !YamlEmitter.Same(oldItems, items))
                    {
                        notes.Add($"{display}: '{listKey}' was written inline; it is rewritten as a block list");
                    }
                }

                if (Enumerable.Range(keyLine, end - keyLine).Any(comments.Contains))
                {
                    notes.Add($"{display}:{keyLine + 1}: the comment on '{listKey}' could not be kept (the list was rewritten)");
                }

                output = items.Count == 0 && value is YamlSequenceNode { Children.Count: 0 }
                    ? lines
                    : [.. lines.Take(keyLine), .. ListBlock(listKey, items, 2), .. lines.Skip(end)];
            }
        }

        return new Result(string.Join('\n', output) + (endsWithNewline || existing.Length == 0 ? "\n" : string.Empty), notes, counts);
    }

    private static List<string> RewriteItems<T>(List<string> lines, YamlSequenceNode seq, int end, IReadOnlyList<T> items, HashSet<int> comments,
        string display, string kindName, List<string> notes, ref (int Added, int Changed, int Removed) counts)
        where T : IdentifiedNode
    {
        var starts = seq.Children.Select(c => (int)c.Start.Line - 1).Append(end).ToArray();
        var old = new Dictionary<string, (T Model, YamlNode Node, int Start, int End)>(StringComparer.Ordinal);
        for (var i = 0; i < seq.Children.Count; i++)
        {
            var node = seq.Children[i];
            if (Bind<T>(node, display) is { Id: { } id } model)
            {
                old.TryAdd(id, (model, node, starts[i], TrimEnd(lines, starts[i], starts[i + 1])));
            }
        }

        var indent = DashColumn(lines, seq.Children[0]);
        var body = new List<string>();
        foreach (var item in items)
        {
            if (!old.TryGetValue(item.Id, out var was))
            {
                body.AddRange(YamlEmitter.ListItem(item, indent));
                counts.Added++;
                continue;
            }

            var slice = lines.Skip(was.Start).Take(was.End - was.Start).ToList();
            // Blank lines after an item stay with it, so its spacing from the next item is kept.
            var gap = lines.Skip(was.End).Take(NextStart(starts, was.Start) - was.End).ToList();
            if (YamlEmitter.Same(was.Model, item))
            {
                body.AddRange(slice);
            }
            else
            {
                counts.Changed++;
                body.AddRange(RewriteFields(lines, was.Node, was.Start, was.End, was.Model, item, comments, display, kindName, notes)
                              ?? Regenerate(item, indent, was.Start, was.End, comments, display, kindName, notes));
            }

            body.AddRange(gap);
        }

        foreach (var (id, was) in old.Where(o => !items.Any(i => i.Id == o.Key)))
        {
            counts.Removed++;
            if (Enumerable.Range(was.Start, was.End - was.Start).Any(comments.Contains))
            {
                notes.Add($"{display}:{was.Start + 1}: {kindName} {id} was removed, with the comments inside it");
            }
        }

        return body;
    }

    private static int NextStart(int[] starts, int start) => starts.First(s => s > start);

    /// <summary>The slice of one item, without the blank lines that separate it from the next.</summary>
    private static int TrimEnd(List<string> lines, int start, int end)
    {
        while (end > start + 1 && string.IsNullOrWhiteSpace(lines[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static IReadOnlyList<string> Regenerate<T>(T item, int indent, int start, int end, HashSet<int> comments, string display, string kindName, List<string> notes)
        where T : IdentifiedNode
    {
        if (Enumerable.Range(start, end - start).Any(comments.Contains))
        {
            notes.Add($"{display}:{start + 1}: the comments inside {kindName} {item.Id} could not be kept (it is not a block mapping, so it was rewritten whole)");
        }

        return YamlEmitter.ListItem(item, indent);
    }

    /// <summary>Keeps each unchanged field's text and key order; writes only changed fields. Null when the item is not one key per line.</summary>
    private static List<string>? RewriteFields<T>(List<string> lines, YamlNode node, int start, int end, T before, T after,
        HashSet<int> comments, string display, string kindName, List<string> notes)
        where T : IdentifiedNode
    {
        if (node is not YamlMappingNode { Style: not MappingStyle.Flow } map || map.Children.Count == 0)
        {
            return null;
        }

        var dash = DashColumn(lines, node);
        var keyColumn = (int)map.Start.Column - 1;
        var keyNodes = map.Children.Keys.ToArray();
        var keyLines = keyNodes.Select(k => (int)k.Start.Line - 1).ToArray();
        if (keyNodes.Any(k => k.Start.Column - 1 != keyColumn) || keyLines.Distinct().Count() != keyLines.Length || keyLines[0] != start)
        {
            return null;
        }

        var shape = TypeShape.For(typeof(T));
        var parts = new List<(int Order, string Key, IReadOnlyList<string> Lines)>();
        for (var k = 0; k < keyNodes.Length; k++)
        {
            var key = ((YamlScalarNode)keyNodes[k]).Value!;
            var from = keyLines[k];
            var to = k + 1 < keyLines.Length ? keyLines[k + 1] : end;
            var text = lines.Skip(from).Take(to - from).ToList();
            if (k == 0)
            {
                text[0] = text[0][..dash] + " " + text[0][(dash + 1)..];
            }

            var property = shape.Find(key);
            if (property is null)
            {
                parts.Add((k, key, text));
                continue;
            }

            var order = shape.Properties.ToList().IndexOf(property);
            var was = property.Property.GetValue(before);
            var now = property.Property.GetValue(after);
            if (YamlEmitter.Same(was, now) || (YamlEmitter.IsDefault(was, property) && YamlEmitter.IsDefault(now, property)))
            {
                parts.Add((order, key, text));
                continue;
            }

            if (Enumerable.Range(from, to - from).Any(comments.Contains))
            {
                notes.Add($"{display}:{from + 1}: the comments in '{key}' of {kindName} {after.Id} could not be kept (the field was rewritten)");
            }

            if (!YamlEmitter.IsDefault(now, property))
            {
                parts.Add((order, key, YamlEmitter.Field(key, now!, property.Value, keyColumn)));
            }
        }

        // Fields the item did not have go after the nearest field that comes before them in the model.
        foreach (var property in shape.Properties.Where(p => !keyNodes.Any(k => ((YamlScalarNode)k).Value == p.Key)))
        {
            var now = property.Property.GetValue(after);
            if (YamlEmitter.IsDefault(now, property))
            {
                continue;
            }

            var order = shape.Properties.ToList().IndexOf(property);
            var at = parts.FindLastIndex(p => p.Order < order) + 1;
            parts.Insert(at, (order, property.Key, YamlEmitter.Field(property.Key, now!, property.Value, keyColumn)));
        }

        var result = parts.SelectMany(p => p.Lines).ToList();
        var firstLine = result[0];
        result[0] = firstLine[..dash] + "-" + firstLine[(dash + 1)..];
        return result;
    }

    /// <summary>The column (0-based) of an item's dash when it shares the line with the item's first key; -1 otherwise.</summary>
    private static int DashColumn(List<string> lines, YamlNode item)
    {
        var line = lines[(int)item.Start.Line - 1];
        var column = (int)item.Start.Column - 1;
        var before = line[..Math.Min(column, line.Length)].TrimEnd();
        return before.EndsWith('-') && before[..^1].Trim().Length == 0 ? before.Length - 1 : -1;
    }

    private static List<string> ListBlock<T>(string key, IReadOnlyList<T> items, int indent) where T : Node =>
        items.Count == 0 ? [$"{key}: []"] : [$"{key}:", .. items.SelectMany(i => YamlEmitter.ListItem(i, indent))];

    private static T? Bind<T>(YamlNode node, string display) where T : Node =>
        new NodeBinder(display, new List<Diagnostic>(), YamlLimits.Default).BindRoot<T>(YNode.From(node));

    private static List<T> Bind<T>(YamlSequenceNode seq, string display) where T : Node =>
        seq.Children.Select(c => Bind<T>(c, display)).OfType<T>().ToList();

    /// <summary>0-based lines holding a comment (comments inside block scalars are text, not comments).</summary>
    private static HashSet<int> CommentLines(string text)
    {
        var result = new HashSet<int>();
        var scanner = new Scanner(new StringReader(text), skipComments: false);
        try
        {
            while (scanner.MoveNext())
            {
                if (scanner.Current is YamlDotNet.Core.Tokens.Comment c)
                {
                    result.Add((int)c.Start.Line - 1);
                }
            }
        }
        catch (YamlException)
        {
            // The file parsed before this point, so this is not reached; comments found so far still count.
        }

        return result;
    }
}
