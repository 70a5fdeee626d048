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
    private const int Chunk = 8_192;

    public void Evaluate(IReadOnlyList<Fact> facts, IReadOnlyList<LoadedRule> rules, Action<LoadedRule, Fact> hit)
    {
        // Chunks run in parallel (facts are read-only, delegates pure); hits are replayed in fact order.
        var chunks = new List<(LoadedRule, Fact)>[(facts.Count + Chunk - 1) / Chunk];
        try
        {
            Parallel.For(0, chunks.Length, c =>
            {
                var list = new List<(LoadedRule, Fact)>();
                Evaluate(facts, c * Chunk, Math.Min(facts.Count, (c + 1) * Chunk), rules, (r, f) => list.Add((r, f)));
                chunks[c] = list;
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<RuleEvaluationException>().FirstOrDefault() is { } first)
        {
            // Report the rule error itself, as the RulesEngine path does.
            throw first;
        }
        foreach (var (rule, fact) in chunks.SelectMany(c => c))
        {
            hit(rule, fact);
        }
    }

    private static void Evaluate(IReadOnlyList<Fact> facts, int from, int to, IReadOnlyList<LoadedRule> rules, Action<LoadedRule, Fact> hit)
    {
        for (var i = from; i < to; i++)
        {
            var fact = facts[i];
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
