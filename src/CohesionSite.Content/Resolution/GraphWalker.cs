using CohesionSite.Content.Shapes;
using CohesionSite.Core.Model;

namespace CohesionSite.Content.Resolution;

/// <summary>Visits every node of a model graph (depth first, in declaration order) through its shapes.</summary>
internal static class GraphWalker
{
    /// <summary>Yields <paramref name="root"/> and every node beneath it.</summary>
    public static IEnumerable<Node> Walk(Node root)
    {
        var stack = new Stack<Node>();
        var children = new List<Node>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            children.Clear();
            foreach (var p in TypeShape.For(node.GetType()).NodeProperties)
            {
                Collect(p.Accessor.Get(node), children);
            }

            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }
    }

    private static void Collect(object? value, List<Node> into)
    {
        switch (value)
        {
            case Node n:
                into.Add(n);
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
