using System.Collections.Concurrent;
using System.Reflection;

namespace CohesionSite.Core.Model;

/// <summary>One field people read, with the key a translation addresses it by.</summary>
/// <param name="Key">
/// <c>KIND/ID/FIELD</c> for a field of an entity with an id (<c>priority/1.1/title</c>), the field's
/// path from the file's root otherwise (<c>strategy/vision/text</c>); list items add their number
/// from 1 (<c>action/2.3/milestones/1/text</c>).
/// </param>
/// <param name="Text">The field's text in the strategy's own language.</param>
/// <param name="Mark">Where the text is.</param>
/// <param name="IsMarkdown">True when the field is Markdown (its translation is too).</param>
public readonly record struct TranslatableField(string Key, string Text, SourceMark Mark, bool IsMarkdown);

/// <summary>
/// Every <see cref="TranslatableAttribute">translatable</see> field of a strategy, in file and
/// document order: what a translation of it has to cover, and the one walk that puts a translation
/// in place. Read by the translation analysis, the site's mirror pages and the spreadsheets alike,
/// so a key means the same field everywhere.
/// </summary>
public static class TranslatableFields
{
    private static readonly ConcurrentDictionary<Type, Member[]> Members = new();

    /// <summary>The translatable fields of <paramref name="content"/> that have text.</summary>
    public static IReadOnlyList<TranslatableField> Of(StrategyContent content)
    {
        var fields = new List<TranslatableField>();
        Rewrite(content, field =>
        {
            fields.Add(field);
            return null;
        });
        return fields;
    }

    /// <summary>
    /// The content with each translatable field replaced by <paramref name="textOf"/>'s text for it
    /// (kept where it gives null): a copy, the original untouched. Ids, references and marks stay,
    /// so lookups, coverage and source positions read as before.
    /// </summary>
    public static StrategyContent Translate(StrategyContent content, Func<TranslatableField, string?> textOf) =>
        Rewrite(content, textOf);

    private static StrategyContent Rewrite(StrategyContent c, Func<TranslatableField, string?> textOf)
    {
        var strategy = Rewrite(c.Strategy, "strategy", textOf);
        var priorities = RewriteAll(c.Priorities, textOf);
        var outcomes = RewriteAll(c.Outcomes, textOf);
        var indicators = RewriteAll(c.Indicators, textOf);
        var plan = c.Plan is null ? null : Rewrite(c.Plan, "plan", textOf);
        var actions = RewriteAll(c.Actions, textOf);
        var toolkit = c.Toolkit is null ? null : Rewrite(c.Toolkit, "toolkit", textOf);
        var cases = RewriteAll(c.Cases, textOf);
        var tables = RewriteAll(c.Tables, textOf);
        var figures = RewriteAll(c.Figures, textOf);
        return new StrategyContent(strategy, priorities, outcomes, indicators, plan, actions, toolkit, cases, tables, figures, c.Files)
        {
            Translations = c.Translations,
        };
    }

    private static T[] RewriteAll<T>(IReadOnlyList<T> nodes, Func<TranslatableField, string?> textOf)
        where T : IdentifiedNode =>
        nodes.Select(n => Rewrite(n, PathOf(n, string.Empty), textOf)).ToArray();

    // An entity with an id of its own starts a key of its own (ids are unique in their kind), so a
    // key survives the entity moving in its file; anything else is addressed from its parent.
    private static string PathOf(Node node, string fallback) =>
        node is IdentifiedNode identified && node.GetType().GetCustomAttribute<EntityKindAttribute>() is { } kind
            ? $"{Findings.TargetKinds.Kebab(kind.Kind.ToString())}/{identified.Id}"
            : fallback;

    // The node itself when nothing in it changed, else a copy (the record's clone) with the changed
    // properties set: unchanged subtrees stay shared between the original and the translation.
    private static T Rewrite<T>(T node, string path, Func<TranslatableField, string?> textOf)
        where T : Node
    {
        List<(PropertyInfo Property, object Value)>? changes = null;
        foreach (var member in Members.GetOrAdd(node.GetType(), Describe))
        {
            var value = member.Property.GetValue(node);
            var at = $"{path}/{member.Key}";
            object? replaced = value switch
            {
                string text when member.Translatable => Text(at, text, node.MarkOf(member.Key), member.IsMarkdown, textOf),
                IReadOnlyList<string> items when member.Translatable => Items(at, items, node, member, textOf),
                Node child => ReplacedChild(child, PathOf(child, at), textOf),
                IEnumerable<Node> children => Children(at, children, member.Property.PropertyType, textOf),
                _ => null,
            };
            if (replaced is not null)
            {
                (changes ??= []).Add((member.Property, replaced));
            }
        }

        if (changes is null)
        {
            return node;
        }

        var copy = (T)CloneMethod(node.GetType()).Invoke(node, null)!;
        foreach (var (property, value) in changes)
        {
            property.SetValue(copy, value);
        }

        return copy;
    }

    private static string? Text(string key, string text, SourceMark mark, bool markdown, Func<TranslatableField, string?> textOf) =>
        string.IsNullOrWhiteSpace(text) ? null : textOf(new TranslatableField(key, text, mark, markdown));

    private static string[]? Items(string at, IReadOnlyList<string> items, Node node, Member member, Func<TranslatableField, string?> textOf)
    {
        string[]? copy = null;
        for (var i = 0; i < items.Count; i++)
        {
            if (Text($"{at}/{i + 1}", items[i], node.MarkOf(member.Key, i), member.IsMarkdown, textOf) is { } t)
            {
                copy ??= items.ToArray();
                copy[i] = t;
            }
        }

        return copy;
    }

    private static Node? ReplacedChild(Node child, string path, Func<TranslatableField, string?> textOf)
    {
        var rewritten = Rewrite(child, path, textOf);
        return ReferenceEquals(rewritten, child) ? null : rewritten;
    }

    // A list of nodes comes back as an array of its own item type (what the property holds), only
    // when an item changed.
    private static Array? Children(string at, IEnumerable<Node> children, Type listType, Func<TranslatableField, string?> textOf)
    {
        var items = children.ToArray();
        Array? copy = null;
        for (var i = 0; i < items.Length; i++)
        {
            if (ReplacedChild(items[i], PathOf(items[i], $"{at}/{i + 1}"), textOf) is { } changed)
            {
                if (copy is null)
                {
                    copy = Array.CreateInstance(listType.GetGenericArguments()[0], items.Length);
                    Array.Copy(items, copy, items.Length);
                }

                copy.SetValue(changed, i);
            }
        }

        return copy;
    }

    private static readonly ConcurrentDictionary<Type, MethodInfo> Clones = new();

    // Every model type is a record: its compiler-made clone copies every field, marks included.
    private static MethodInfo CloneMethod(Type type) => Clones.GetOrAdd(type, t =>
        t.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance)
        ?? throw new InvalidOperationException($"{t.Name} is not a record"));

    // The properties worth visiting: translatable text, and nodes that may hold some. References,
    // ids, loader-filled and computed properties never do.
    private static Member[] Describe(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.SetMethod is not null && p.GetCustomAttribute<NotContentAttribute>() is null)
            .Select(p => new Member(
                char.ToLowerInvariant(p.Name[0]) + p.Name[1..],
                p,
                p.GetCustomAttribute<TranslatableAttribute>() is not null,
                p.GetCustomAttribute<MarkdownAttribute>() is not null))
            .Where(m => m.Translatable || HoldsNodes(m.Property.PropertyType))
            .ToArray();

    private static bool HoldsNodes(Type type) =>
        typeof(Node).IsAssignableFrom(type)
        || (type.IsGenericType && type.GetGenericArguments() is [var item] && typeof(Node).IsAssignableFrom(item)
            && typeof(System.Collections.IEnumerable).IsAssignableFrom(type));

    private sealed record Member(string Key, PropertyInfo Property, bool Translatable, bool IsMarkdown);
}
