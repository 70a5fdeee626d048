using CohesionSite.Rules.Facts;

namespace CohesionSite.Rules.Engine;

/// <summary>
/// The fast path for large content: the same sandboxed expression trees RulesEngine would build
/// (parsed by System.Linq.Dynamic.Core, compiled once by FastExpressionCompiler), called directly,
/// without RulesEngine's per-call result trees. Chosen by <see cref="EvaluationMode"/>; a test
/// checks it gives the same findings as the RulesEngine path.
/// </summary>
internal sealed class CompiledEvaluator : IFactEvaluator
{
    public void Evaluate(IReadOnlyList<Fact> facts, IReadOnlyList<LoadedRule> rules, Action<LoadedRule, Fact> hit)
    {
        foreach (var fact in facts)
        {
            foreach (var rule in rules)
            {
                bool gap;
                try
                {
                    gap = rule.Compiled(fact, fact.Context);
                }
                catch (Exception e)
                {
                    throw new RuleEvaluationException(rule, fact, e.Message, e);
                }

                if (gap)
                {
                    hit(rule, fact);
                }
            }
        }
    }
}
