using CohesionSite.Core.Model;
using CohesionSite.Rules.Definitions;

namespace CohesionSite.Rules.Facts;

/// <summary>
/// The facts of one strategy (or of the national files), by kind, in document order: what one NRules
/// session is given. Sessions are per strategy because NRules joins are nested loops (see NOTES).
/// </summary>
public sealed class FactSet
{
    private readonly List<Fact>[] _byKind = Enumerable.Range(0, Enum.GetValues<FactKind>().Length).Select(_ => new List<Fact>()).ToArray();

    internal FactSet(RuleContext context, StrategyContent? strategy = null)
    {
        Context = context;
        Strategy = strategy;
    }

    /// <summary>The strategy's read-only indices and reporting date (inserted into the session as <c>ctx</c>).</summary>
    public RuleContext Context { get; }

    /// <summary>The strategy, or null for the national files.</summary>
    public StrategyContent? Strategy { get; }

    /// <summary>The facts of one kind.</summary>
    public IReadOnlyList<Fact> Of(FactKind kind) => _byKind[(int)kind];

    /// <summary>Every fact, kind by kind.</summary>
    public IEnumerable<Fact> All => _byKind.SelectMany(l => l);

    /// <summary>How many facts in all.</summary>
    public int Count => _byKind.Sum(l => l.Count);

    internal void Add(FactKind kind, Fact fact) => _byKind[(int)kind].Add(fact);
}
