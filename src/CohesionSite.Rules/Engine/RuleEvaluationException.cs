using CohesionSite.Rules.Facts;

namespace CohesionSite.Rules.Engine;

/// <summary>A rule threw (or RulesEngine reported an exception) on a fact: a rule error, never a pass.</summary>
public sealed class RuleEvaluationException : Exception
{
    internal RuleEvaluationException(LoadedRule rule, Fact fact, string message, Exception? inner = null)
        : base($"{rule.ExpressionMark}: error: rule '{rule.Info.Id}' failed on {fact.TargetKind} '{fact.Target}'{(fact.Strategy.Length > 0 ? $" of {fact.Strategy}" : string.Empty)}: {message}", inner)
    {
        Rule = rule;
    }

    /// <summary>The rule that failed.</summary>
    public LoadedRule Rule { get; }
}
