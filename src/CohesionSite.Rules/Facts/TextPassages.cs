using System.Collections;
using System.Reflection;
using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Facts;

/// <summary>
/// Finds the strategy's own prose: every <c>[Markdown]</c> string of the strategy, its priority tree,
/// outcomes, toolkit and good practice, except <c>note</c> fields (what the capture says about the
/// source, not what the source says). The action plan is left out: its lines are action facts.
/// </summary>
internal static class TextPassages
{
    private static readonly Dictionary<Type, (PropertyInfo[] Texts, PropertyInfo[] Children)> Shapes = [];
    private static readonly Lock ShapesLock = new();

    public static IEnumerable<(Node Owner, string OwnerId, string Field, string Text)> Of(StrategyContent s)
    {
        var roots = new List<object?> { s.Strategy, s.Toolkit };
        roots.AddRange(s.Priorities);
        roots.AddRange(s.Outcomes);
        roots.AddRange(s.Cases);
        foreach (var root in roots)
        {
            if (root is Node node)
            {
                foreach (var passage in Walk(node, s.Id, 0))
                {
                    yield return passage;
                }
            }
        }
    }

    private static IEnumerable<(Node, string, string, string)> Walk(Node node, string ownerId, int depth)
    {
        if (depth > 32)
        {
            yield break;
        }

        var id = node is IdentifiedNode identified ? identified.Id : ownerId;
        var (texts, children) = ShapeOf(node.GetType());
        foreach (var p in texts)
        {
            if (p.GetValue(node) is string { Length: > 0 } text)
            {
                yield return (node, id, char.ToLowerInvariant(p.Name[0]) + p.Name[1..], text);
            }
        }

        foreach (var p in children)
        {
            var value = p.GetValue(node);
            var items = value is Node single ? [single] : value is IEnumerable list and not string ? list.OfType<Node>() : [];
            foreach (var child in items)
            {
                foreach (var passage in Walk(child, id, depth + 1))
                {
                    yield return passage;
                }
            }
        }
    }

    private static (PropertyInfo[] Texts, PropertyInfo[] Children) ShapeOf(Type type)
    {
        lock (ShapesLock)
        {
            if (!Shapes.TryGetValue(type, out var shape))
            {
                var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToArray();
                shape = (
                    properties.Where(p => p.PropertyType == typeof(string) && p.Name != "Note" && p.GetCustomAttribute<MarkdownAttribute>() is not null).ToArray(),
                    properties.Where(p => p.PropertyType != typeof(string) && p.DeclaringType != typeof(Node)
                        && (typeof(Node).IsAssignableFrom(p.PropertyType) || (typeof(IEnumerable).IsAssignableFrom(p.PropertyType) && p.PropertyType.IsGenericType && typeof(Node).IsAssignableFrom(p.PropertyType.GetGenericArguments()[0])))).ToArray());
                Shapes[type] = shape;
            }

            return shape;
        }
    }
}
