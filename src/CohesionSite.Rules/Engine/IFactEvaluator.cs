using CohesionSite.Rules.Facts;

namespace CohesionSite.Rules.Engine;

/// <summary>Runs the rules of one kind over that kind's facts and reports each (rule, fact) whose condition holds.</summary>
internal interface IFactEvaluator
{
    /// <summary>Calls <paramref name="hit"/> for every gap, in fact order then rule order.</summary>
    void Evaluate(IReadOnlyList<Fact> facts, IReadOnlyList<LoadedRule> rules, Action<LoadedRule, Fact> hit);
}
