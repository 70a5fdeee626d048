using CohesionSite.Core.Findings;
using CohesionSite.Rules.Facts;

namespace CohesionSite.Rules.Engine;

/// <summary>A rule threw on a fact (NRules reported a failed condition or action): a rule error, never a pass.</summary>
public sealed class RuleEvaluationException : Exception
{
    internal RuleEvaluationException(LoadedRule rule, Fact? fact, string message, Exception? inner = null)
        : base($"{rule.ExpressionMark}: error: rule '{rule.Info.Id}' failed{On(fact)}: {message}", inner)
    {
        Rule = rule;
    }

    /// <summary>The rule that failed.</summary>
    public LoadedRule Rule { get; }

    private static string On(Fact? fact) =>
        fact is null ? string.Empty : $" on {fact.TargetKind.Name()} '{fact.Target}'{(fact.Strategy.Length > 0 ? $" of {fact.Strategy}" : string.Empty)}";
}
