using CohesionSite.Rules.Definitions;
using CohesionSite.Rules.Facts;
using RulesEngine.Models;

namespace CohesionSite.Rules.Engine;

/// <summary>
/// The normal path: Microsoft RulesEngine, one workflow per kind of fact, each rule's expression
/// text as written (already accepted by the sandbox), parameters as the rule's scoped params,
/// inputs <c>fact</c> and <c>ctx</c>. Rule id, severity and message live in our own record; a
/// non-empty <c>ExceptionMessage</c> is a broken rule. <c>IgnoreException</c> stays off.
/// </summary>
internal sealed class RulesEngineEvaluator : IFactEvaluator
{
    private readonly RulesEngine.RulesEngine _engine;

    public RulesEngineEvaluator(RuleSet rules)
    {
        var workflows = Enum.GetValues<FactKind>()
            .Where(k => rules.For(k).Count > 0)
            .Select(k => new Workflow
            {
                WorkflowName = WorkflowName(k),
                Rules = rules.For(k).Select(r => new Rule
                {
                    RuleName = r.Info.Id,
                    RuleExpressionType = RuleExpressionType.LambdaExpression,
                    Expression = r.Definition.Expression,
                    LocalParams = (r.Definition.Parameters?.Values() ?? []).Select(p => new ScopedParam { Name = p.Name, Expression = p.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToArray(),
                }).ToArray(),
            })
            .ToArray();
        _engine = new RulesEngine.RulesEngine(workflows, new ReSettings
        {
            UseFastExpressionCompiler = true,
            EnableFormattedErrorMessage = false,
            EnableExceptionAsErrorMessage = true,
            IgnoreException = false,
            EnableScopedParams = true,
            IsExpressionCaseSensitive = true,
            CustomTypes = [typeof(RuleContext)],
        });
    }

    public void Evaluate(IReadOnlyList<Fact> facts, IReadOnlyList<LoadedRule> rules, Action<LoadedRule, Fact> hit)
    {
        if (facts.Count == 0 || rules.Count == 0)
        {
            return;
        }

        var workflow = WorkflowName(rules[0].Definition.Fact);
        var byName = rules.ToDictionary(r => r.Info.Id, StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            // The engine is async only; the CLI has no synchronisation context, so waiting here cannot deadlock.
            var results = _engine.ExecuteAllRulesAsync(workflow, new RuleParameter("fact", fact), new RuleParameter("ctx", fact.Context)).GetAwaiter().GetResult();
            foreach (var result in results)
            {
                var rule = byName[result.Rule.RuleName];
                if (!string.IsNullOrEmpty(result.ExceptionMessage))
                {
                    throw new RuleEvaluationException(rule, fact, result.ExceptionMessage);
                }

                if (result.IsSuccess)
                {
                    hit(rule, fact);
                }
            }
        }
    }

    private static string WorkflowName(FactKind kind) => "facts-" + kind;
}
