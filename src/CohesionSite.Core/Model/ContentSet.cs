using System.Collections.Frozen;

namespace CohesionSite.Core.Model;

/// <summary>Everything loaded: the national frameworks and every strategy. Built once, read by rules and site.</summary>
public sealed class ContentSet
{
    /// <summary>Creates the set.</summary>
    public ContentSet(NationalSet national, IReadOnlyList<StrategyContent> strategies)
    {
        National = national;
        Strategies = strategies;
        StrategyById = strategies.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
    }

    /// <summary>National definitions, frameworks and indicators.</summary>
    public NationalSet National { get; }

    /// <summary>The strategies, ordered by id.</summary>
    public IReadOnlyList<StrategyContent> Strategies { get; }

    /// <summary>Strategies by id.</summary>
    public FrozenDictionary<string, StrategyContent> StrategyById { get; }
}

/// <summary>The national layer shared by every strategy.</summary>
public sealed class NationalSet
{
    /// <summary>Creates the set.</summary>
    public NationalSet(IReadOnlyList<Definition> definitions, IReadOnlyList<Framework> frameworks, IReadOnlyList<NationalIndicator> indicators)
    {
        Definitions = definitions;
        Frameworks = frameworks;
        Indicators = indicators;
        DefinitionById = Index(definitions, d => d.Id);
        FrameworkById = Index(frameworks, f => f.Id);
        IndicatorById = Index(indicators, i => i.Id);
        ItemByRef = frameworks
            .SelectMany(f => f.Items.Select(i => (Key: $"{f.Id}/{i.Id}", i)))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
    }

    /// <summary>Definitions.</summary>
    public IReadOnlyList<Definition> Definitions { get; }

    /// <summary>Frameworks.</summary>
    public IReadOnlyList<Framework> Frameworks { get; }

    /// <summary>National indicators.</summary>
    public IReadOnlyList<NationalIndicator> Indicators { get; }

    /// <summary>Definitions by id.</summary>
    public FrozenDictionary<string, Definition> DefinitionById { get; }

    /// <summary>Frameworks by id.</summary>
    public FrozenDictionary<string, Framework> FrameworkById { get; }

    /// <summary>National indicators by id.</summary>
    public FrozenDictionary<string, NationalIndicator> IndicatorById { get; }

    /// <summary>Framework items by <c>framework-id/item-id</c>.</summary>
    public FrozenDictionary<string, FrameworkItem> ItemByRef { get; }

    internal static FrozenDictionary<string, T> Index<T>(IEnumerable<T> items, Func<T, string> key) =>
        items.Where(i => key(i) is not null).GroupBy(key, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
}
