using CohesionSite.Core.Findings;
using CohesionSite.Rules.Definitions;

namespace CohesionSite.Rules.Engine;

/// <summary>The loaded catalogue: every rule, checked and compiled, by kind of fact.</summary>
public sealed class RuleSet
{
    private readonly IReadOnlyList<LoadedRule>[] _byKind;

    internal RuleSet(IReadOnlyList<LoadedRule> rules)
    {
        Rules = rules;
        _byKind = Enum.GetValues<FactKind>().Select(k => (IReadOnlyList<LoadedRule>)rules.Where(r => r.Definition.Fact == k).ToArray()).ToArray();
    }

    /// <summary>Every rule, in file then catalogue order.</summary>
    public IReadOnlyList<LoadedRule> Rules { get; }

    /// <summary>The catalogue entries.</summary>
    public IReadOnlyList<RuleInfo> Catalogue => Rules.Select(r => r.Info).ToArray();

    /// <summary>The rules that read one kind of fact.</summary>
    public IReadOnlyList<LoadedRule> For(FactKind kind) => _byKind[(int)kind];
}
