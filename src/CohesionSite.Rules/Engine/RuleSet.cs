using CohesionSite.Core.Findings;
using NRules;

namespace CohesionSite.Rules.Engine;

/// <summary>
/// The loaded catalogue: every rule, checked, and the whole catalogue compiled once into one NRules
/// network (<see cref="Sessions"/>); each strategy is then judged in its own session of it.
/// </summary>
public sealed class RuleSet
{
    private readonly Dictionary<string, LoadedRule> _byId;

    internal RuleSet(IReadOnlyList<LoadedRule> rules, ISessionFactory sessions)
    {
        Rules = rules;
        Sessions = sessions;
        _byId = rules.ToDictionary(r => r.Info.Id, StringComparer.Ordinal);
    }

    /// <summary>Every rule, in file then catalogue order.</summary>
    public IReadOnlyList<LoadedRule> Rules { get; }

    /// <summary>The catalogue entries.</summary>
    public IReadOnlyList<RuleInfo> Catalogue => Rules.Select(r => r.Info).ToArray();

    /// <summary>The compiled network: one session per strategy is created from it.</summary>
    internal ISessionFactory Sessions { get; }

    /// <summary>The rule an NRules rule name (our id) stands for.</summary>
    internal LoadedRule? ById(string id) => _byId.GetValueOrDefault(id);
}
