using CohesionSite.Content.Binding;
using CohesionSite.Content.Shapes;
using CohesionSite.Core.Diagnostics;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;

namespace CohesionSite.Content.Resolution;

/// <summary>
/// Checks that ids are unique in their scope and that every <see cref="RefAttribute"/> value names
/// something that exists — reading the same shapes as the binder, so a new reference property in
/// the model is checked without new code here.
/// </summary>
internal sealed class ReferenceChecker
{
    private readonly NationalSet _national;
    private readonly ICollection<Diagnostic> _diagnostics;
    private readonly IReadOnlySet<RefTarget> _unchecked;
    private readonly HashSet<RefTarget> _skipped = [];

    /// <param name="national">The national layer references may point into.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="uncheckedKinds">Kinds whose file could not be read: references to them are skipped, not reported.</param>
    public ReferenceChecker(NationalSet national, ICollection<Diagnostic> diagnostics, IReadOnlySet<RefTarget>? uncheckedKinds = null)
    {
        _national = national;
        _diagnostics = diagnostics;
        _unchecked = uncheckedKinds ?? new HashSet<RefTarget>();
    }

    /// <summary>Checks the national layer: ids unique per kind, framework items unique per framework.</summary>
    public void CheckNational(IEnumerable<Node> roots)
    {
        var nodes = GraphWalker.WalkAll(roots);
        CheckDuplicates(nodes);
        foreach (var framework in nodes.OfType<Framework>())
        {
            CheckDuplicates(framework.Items, RefTarget.FrameworkItem, "framework item of " + framework.Id);
        }

        CheckRefs(nodes, new Dictionary<RefTarget, IReadOnlySet<string>>());
    }

    /// <summary>Checks one strategy's files: ids unique per kind in the strategy, every reference resolves; returns the unchecked kinds some reference pointed at.</summary>
    public IReadOnlySet<RefTarget> CheckStrategy(IEnumerable<Node> roots)
    {
        var nodes = GraphWalker.WalkAll(roots);
        var scopes = CheckDuplicates(nodes);
        CheckRefs(nodes, scopes);
        foreach (var period in nodes.OfType<Period>().Where(p => p.End.End < p.Start.Start))
        {
            _diagnostics.Add(new(DiagnosticCodes.PeriodOrder, DiagnosticSeverity.Error, period.MarkOf("end"),
                $"period ends ({period.End}) before it starts ({period.Start}); expected end on or after start") { Target = Place(period.MarkOf("end")) });
        }

        foreach (var m in nodes.OfType<Milestone>().Where(m => m.Start is { } s && m.Due is { } d && d.End < s.Start))
        {
            _diagnostics.Add(new(DiagnosticCodes.PeriodOrder, DiagnosticSeverity.Error, m.MarkOf("due"),
                $"milestone is due ({m.Due}) before it starts ({m.Start}); expected due on or after start") { Target = Place(m.MarkOf("due")) });
        }

        return _skipped;
    }

    private Dictionary<RefTarget, IReadOnlySet<string>> CheckDuplicates(IEnumerable<Node> nodes)
    {
        var scopes = new Dictionary<RefTarget, IReadOnlySet<string>>();
        foreach (var group in nodes.OfType<IdentifiedNode>()
                     .Select(n => (Node: n, Kind: TypeShape.For(n.GetType()).EntityKind))
                     .Where(x => x.Kind is not null)
                     .GroupBy(x => x.Kind!.Value))
        {
            scopes[group.Key] = CheckDuplicates(group.Select(x => x.Node), group.Key);
        }

        return scopes;
    }

    private HashSet<string> CheckDuplicates(IEnumerable<IdentifiedNode> nodes, RefTarget kind, string? kindName = null)
    {
        var first = new Dictionary<string, IdentifiedNode>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            if (node.Id is null)
            {
                continue;
            }

            if (first.TryGetValue(node.Id, out var earlier))
            {
                _diagnostics.Add(new(DiagnosticCodes.IdDuplicate, DiagnosticSeverity.Error, node.MarkOf("id"),
                    $"duplicate {kindName ?? KindName(kind)} id '{node.Id}' (first defined at {earlier.MarkOf("id")}); expected ids unique in their scope") { Target = new(KindOf(kind), node.Id) });
            }
            else
            {
                first[node.Id] = node;
            }
        }

        return first.Keys.ToHashSet(StringComparer.Ordinal);
    }

    private void CheckRefs(IEnumerable<Node> nodes, IReadOnlyDictionary<RefTarget, IReadOnlySet<string>> scopes)
    {
        foreach (var node in nodes)
        {
            foreach (var p in TypeShape.For(node.GetType()).RefProperties)
            {
                switch (p.Accessor.Get(node))
                {
                    case string id:
                        Check(node, p, id, -1, scopes);
                        break;
                    case IReadOnlyList<string> ids:
                        for (var i = 0; i < ids.Count; i++)
                        {
                            Check(node, p, ids[i], i, scopes);
                        }

                        break;
                }
            }
        }
    }

    // index: the item of a list field, or -1 for a single value; its mark is looked up only for an error.
    private void Check(Node owner, PropertyShape p, string id, int index, IReadOnlyDictionary<RefTarget, IReadOnlySet<string>> scopes)
    {
        var target = p.Ref!.Value;
        if (_unchecked.Contains(target))
        {
            _skipped.Add(target);
            return;
        }

        var exists = target switch
        {
            RefTarget.Framework => _national.FrameworkById.ContainsKey(id),
            RefTarget.FrameworkItem => _national.ItemByRef.ContainsKey(id),
            RefTarget.Definition => _national.DefinitionById.ContainsKey(id),
            RefTarget.NationalIndicator => _national.IndicatorById.ContainsKey(id),
            _ => scopes.TryGetValue(target, out var set) && set.Contains(id),
        };

        if (!exists)
        {
            IEnumerable<string> candidates = target switch
            {
                RefTarget.Framework => _national.FrameworkById.Keys,
                RefTarget.FrameworkItem => _national.ItemByRef.Keys,
                RefTarget.Definition => _national.DefinitionById.Keys,
                RefTarget.NationalIndicator => _national.IndicatorById.Keys,
                _ => scopes.TryGetValue(target, out var set) ? set : [],
            };

            var expected = target == RefTarget.FrameworkItem ? " (written framework-id/item-id)" : string.Empty;
            var mark = index < 0 ? owner.MarkOf(p.Key) : owner.MarkOf(p.Key, index);
            _diagnostics.Add(new(DiagnosticCodes.RefUnknown, DiagnosticSeverity.Error, mark,
                $"unknown {KindName(target)} '{id}'{Suggest.Hint(id, candidates)}; '{p.Key}' of {NodeBinder.Describe(owner.GetType())} must name an existing {KindName(target)}{expected}") { Target = new(KindOf(target), id) });
        }
    }

    /// <summary>The target kind of an entity kind (the two enums share their names; a test holds them together).</summary>
    internal static TargetKind KindOf(RefTarget target) => Enum.Parse<TargetKind>(target.ToString());

    /// <summary>A problem at a place that names no entity: <c>strategy.yaml:7</c> (file name and line, as reports have always keyed it).</summary>
    private static DiagnosticTarget Place(SourceMark mark) => new(TargetKind.Place, $"{Path.GetFileName(mark.File)}:{mark.Line}");

    /// <summary>"FrameworkItem" → "framework item".</summary>
    internal static string KindName(RefTarget target) => Naming.Kebab(target.ToString()).Replace('-', ' ');
}
