using CohesionSite.Rules.Definitions;

namespace CohesionSite.Rules.Facts;

/// <summary>Facts by kind, in a fixed order (strategies by id, entities in document order).</summary>
public sealed class FactSet
{
    private readonly List<Fact>[] _byKind = Enumerable.Range(0, Enum.GetValues<FactKind>().Length).Select(_ => new List<Fact>()).ToArray();

    /// <summary>The facts of one kind.</summary>
    public IReadOnlyList<Fact> Of(FactKind kind) => _byKind[(int)kind];

    /// <summary>How many facts in all.</summary>
    public int Count => _byKind.Sum(l => l.Count);

    internal void Add(FactKind kind, Fact fact) => _byKind[(int)kind].Add(fact);

    internal void AddRange(FactSet other)
    {
        for (var k = 0; k < _byKind.Length; k++)
        {
            _byKind[k].AddRange(other._byKind[k]);
        }
    }
}
