using CohesionSite.Content.Shapes;
using CohesionSite.Core.Model;

namespace CohesionSite.Content.Resolution;

/// <summary>Visits every node of a model graph (depth first, in declaration order) through its shapes.</summary>
internal static class GraphWalker
{
    /// <summary>Adds <paramref name="roots"/> and every node beneath them to one list, in walk order.</summary>
    public static Node[] WalkAll(IEnumerable<Node> roots)
    {
        var nodes = new List<Node>();
        foreach (var root in roots)
        {
            Collect(root, nodes);
        }

        return nodes.ToArray();
    }

    private static void Collect(object? value, List<Node> into)
    {
        switch (value)
        {
            case Node n:
                // Depth first, a node before its children, children in declaration order.
                into.Add(n);
                foreach (var p in TypeShape.For(n.GetType()).NodeProperties)
                {
                    Collect(p.Accessor.Get(n), into);
                }

                break;
            case System.Collections.IEnumerable list and not string:
                foreach (var item in list)
                {
                    Collect(item, into);
                }

                break;
        }
    }
}
