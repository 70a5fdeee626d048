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
/// document order: what a translation of it has to cover. One walk of the model, read by the
/// translation analysis, the site and the spreadsheets alike.
/// </summary>
public static class TranslatableFields
{
    private static readonly ConcurrentDictionary<Type, Member[]> Members = new();

    /// <summary>The translatable fields of <paramref name="content"/> that have text.</summary>
    public static IReadOnlyList<TranslatableField> Of(StrategyContent content)
    {
        var fields = new List<TranslatableField>();
        Walk(content.Strategy, "strategy", fields);
        foreach (var p in content.Priorities)
        {
            Walk(p, PathOf(p, string.Empty), fields);
        }

        WalkAll(content.Outcomes, fields);
        WalkAll(content.Indicators, fields);
        if (content.Plan is { } plan)
        {
            Walk(plan, "plan", fields);
        }

        WalkAll(content.Actions, fields);
        if (content.Toolkit is { } toolkit)
        {
            Walk(toolkit, "toolkit", fields);
        }

        WalkAll(content.Cases, fields);
        WalkAll(content.Tables, fields);
        WalkAll(content.Figures, fields);
        return fields;
    }

    private static void WalkAll(IEnumerable<IdentifiedNode> nodes, List<TranslatableField> fields)
    {
        foreach (var node in nodes)
        {
            Walk(node, PathOf(node, string.Empty), fields);
        }
    }

    // An entity with an id of its own starts a key of its own (ids are unique in their kind), so a
    // key survives the entity moving in its file; anything else is addressed from its parent.
    private static string PathOf(Node node, string fallback) =>
        node is IdentifiedNode identified && node.GetType().GetCustomAttribute<EntityKindAttribute>() is { } kind
            ? $"{Findings.TargetKinds.Kebab(kind.Kind.ToString())}/{identified.Id}"
            : fallback;

    private static void Walk(Node node, string path, List<TranslatableField> fields)
    {
        foreach (var member in Members.GetOrAdd(node.GetType(), Describe))
        {
            var value = member.Property.GetValue(node);
            var at = $"{path}/{member.Key}";
            switch (value)
            {
                case string text when member.Translatable:
                    Add(fields, at, text, node.MarkOf(member.Key), member.IsMarkdown);
                    break;
                case IReadOnlyList<string> items when member.Translatable:
                    for (var i = 0; i < items.Count; i++)
                    {
                        Add(fields, $"{at}/{i + 1}", items[i], node.MarkOf(member.Key, i), member.IsMarkdown);
                    }

                    break;
                case Node child:
                    Walk(child, PathOf(child, at), fields);
                    break;
                case IEnumerable<Node> children:
                    var n = 0;
                    foreach (var child in children)
                    {
                        n++;
                        Walk(child, PathOf(child, $"{at}/{n}"), fields);
                    }

                    break;
            }
        }
    }

    private static void Add(List<TranslatableField> fields, string key, string text, SourceMark mark, bool markdown)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            fields.Add(new(key, text, mark, markdown));
        }
    }

    // The properties worth visiting: translatable text, and nodes that may hold some. References,
    // ids and loader-filled properties never do.
    private static Member[] Describe(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<NotContentAttribute>() is null)
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
