using System.Linq.Expressions;
using System.Reflection;
using CohesionSite.Rules.Definitions;
using CohesionSite.Rules.Facts;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace CohesionSite.Rules.Engine;

/// <summary>
/// Turns one rule as data into NRules' canonical rule model: the plan guard (a pattern on the
/// strategy), <c>ctx</c> when a condition reads it, the <c>fact</c> pattern with its condition,
/// one <c>not</c> / <c>exists</c> group per entry, and one collect aggregate per <c>members</c> entry.
/// Every condition is parsed and walked by <see cref="ExpressionSandbox"/>; a bad one throws
/// <see cref="RuleSandboxException"/> naming the field it is in.
/// </summary>
internal static class RuleModelBuilder
{
    /// <summary>The declaration name of the rule's own fact.</summary>
    public const string FactName = "fact";

    /// <summary>The declaration name of the strategy's read-only indices.</summary>
    public const string ContextName = "ctx";

    private const string PlanName = "_plan";

    private static readonly MethodInfo Record = typeof(Hit).GetMethod(nameof(Hit.Record))!;

    public static IRuleDefinition Build(RuleDefinition d, Type factType, IReadOnlyList<(string Name, int Value)> parameters)
    {
        var primary = Parse(d.Expression, "expression", [], factType, parameters);
        var nots = d.Not.Select((j, i) => (Join: j, Condition: ParseJoin(j, $"not[{i}]", factType, parameters))).ToArray();
        var exists = d.Exists.Select((j, i) => (Join: j, Condition: ParseJoin(j, $"exists[{i}]", factType, parameters))).ToArray();
        var members = d.Members.Select((j, i) => (Join: j, Condition: ParseJoin(j, $"members[{i}]", factType, parameters))).ToArray();
        var usesContext = new LambdaExpression?[] { primary }.Concat(nots.Concat(exists).Concat(members).Select(x => x.Condition))
            .Any(c => c is not null && c.Parameters.Any(p => p.Name == ContextName));

        var rb = new RuleBuilder();
        rb.Name(d.Id);
        var lhs = rb.LeftHandSide();
        if (usesContext)
        {
            lhs.Pattern(typeof(RuleContext), ContextName);
        }

        if (d.NeedsPlan)
        {
            lhs.Pattern(typeof(StrategyFact), PlanName).Condition((Expression<Func<StrategyFact, bool>>)(_plan => _plan.HasActionPlan));
        }

        lhs.Pattern(factType, FactName).Condition(primary);

        var joins = 0;
        foreach (var (join, condition) in nots)
        {
            JoinShapes.AddNot(lhs, RuleSetLoader.FactTypeOf(join.Fact), join.As, condition, $"_join{joins++}");
        }

        foreach (var (join, condition) in exists)
        {
            JoinShapes.AddExists(lhs, RuleSetLoader.FactTypeOf(join.Fact), join.As, condition, $"_join{joins++}");
        }

        // Each members group is a collect aggregate (it matches with an empty collection too, so the
        // gap is reported whether or not it leaves anything listed).
        var collected = new List<ParameterExpression>();
        for (var i = 0; i < members.Length; i++)
        {
            var type = RuleSetLoader.FactTypeOf(members[i].Join.Fact);
            var name = $"_members{i}";
            var pattern = lhs.Pattern(typeof(IEnumerable<>).MakeGenericType(type), name);
            var aggregate = pattern.Aggregate();
            aggregate.Collect();
            AddCondition(aggregate.Pattern(type, members[i].Join.As), members[i].Condition);
            collected.Add(Expression.Parameter(pattern.Declaration.Type, name));
        }

        var context = Expression.Parameter(typeof(IContext), "context");
        var factParameter = Expression.Parameter(factType, FactName);
        var body = Expression.Call(Record, context, Expression.Convert(factParameter, typeof(Fact)),
            Expression.NewArrayInit(typeof(IEnumerable<Fact>), collected.Select(c => Expression.Convert(c, typeof(IEnumerable<Fact>)))));
        rb.RightHandSide().Action(Expression.Lambda(body, [context, factParameter, .. collected]));
        return rb.Build();
    }

    private static void AddCondition(PatternBuilder pattern, LambdaExpression? condition)
    {
        if (condition is not null)
        {
            pattern.Condition(condition);
        }
    }

    private static LambdaExpression? ParseJoin(JoinDefinition join, string field, Type factType, IReadOnlyList<(string Name, int Value)> parameters)
    {
        if (join.As is FactName or ContextName || parameters.Any(p => p.Name == join.As))
        {
            throw new RuleSandboxException($"{field}: 'as: {join.As}' is taken; name the joined fact something other than fact, ctx or a parameter");
        }

        var type = RuleSetLoader.FactTypeOf(join.Fact);
        return join.Where is { } where ? Parse(where, field, [(join.As, type)], factType, parameters, (join.As, type)) : null;
    }

    private static LambdaExpression Parse(string expression, string field, (string, Type)[] extra, Type factType, IReadOnlyList<(string Name, int Value)> parameters, (string Name, Type Type)? own = null)
    {
        try
        {
            var lambda = ExpressionSandbox.ParseCondition(expression, [(FactName, factType), (ContextName, typeof(RuleContext)), .. extra], parameters);

            // A condition that reads no fact (a constant such as "false") still belongs to its own pattern.
            var (name, type) = own ?? (FactName, factType);
            return lambda.Parameters.Count > 0 ? lambda : Expression.Lambda(lambda.Body, Expression.Parameter(type, name));
        }
        catch (RuleSandboxException e) when (field != "expression")
        {
            throw new RuleSandboxException($"{field}: {e.Message}");
        }
    }
}
