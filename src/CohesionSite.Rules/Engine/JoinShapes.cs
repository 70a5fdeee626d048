using System.Linq.Expressions;
using System.Reflection;
using NRules.RuleModel.Builders;

namespace CohesionSite.Rules.Engine;

/// <summary>
/// How a rule's <c>not</c> and <c>exists</c> groups become NRules patterns. A group whose condition reads
/// only the joined fact is NRules' own <c>not</c> / <c>exists</c> over an alpha-filtered pattern. A group
/// whose condition also reads the rule's fact (a join: "no action under this priority") would be a
/// nested loop over every pair — NRules has no indexed joins, and a not node evaluates every pair to
/// keep its count. So it becomes the same question asked of one collected fact: the joined facts that
/// pass the condition's one-fact terms are collected once per session, and the rule's fact is joined
/// with that collection on <c>!Any(…)</c> (or <c>Any(…)</c>), which stops at the first match. Same
/// meaning (not-exists is not-any), one pair per left fact instead of one per joined fact.
/// </summary>
internal static class JoinShapes
{
    private static readonly MethodInfo AnyMethod = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Any) && m.GetParameters().Length == 2);

    /// <summary>Adds "no <paramref name="type"/> matches <paramref name="condition"/>".</summary>
    public static void AddNot(GroupBuilder lhs, Type type, string name, LambdaExpression? condition, string collectionName) =>
        Add(lhs, type, name, condition, collectionName, negate: true);

    /// <summary>Adds "some <paramref name="type"/> matches <paramref name="condition"/>".</summary>
    public static void AddExists(GroupBuilder lhs, Type type, string name, LambdaExpression? condition, string collectionName) =>
        Add(lhs, type, name, condition, collectionName, negate: false);

    private static void Add(GroupBuilder lhs, Type type, string name, LambdaExpression? condition, string collectionName, bool negate)
    {
        var own = condition?.Parameters.SingleOrDefault(p => p.Name == name);
        if (condition is null || own is null || condition.Parameters.Count == 1)
        {
            var pattern = negate ? lhs.Not().Pattern(type, name) : lhs.Exists().Pattern(type, name);
            if (condition is not null)
            {
                pattern.Condition(condition);
            }

            return;
        }

        // Terms that read only the joined fact filter the collection (alpha); the rest go into Any.
        var terms = Conjuncts(condition.Body).ToArray();
        var alpha = terms.Where(t => Reads(t).All(p => p == own)).ToArray();
        var beta = terms.Except(alpha).ToArray();

        var collectionType = typeof(IEnumerable<>).MakeGenericType(type);
        var collection = lhs.Pattern(collectionType, collectionName);
        var aggregate = collection.Aggregate();
        aggregate.Collect();
        var element = aggregate.Pattern(type, name);
        if (alpha.Length > 0)
        {
            element.Condition(Expression.Lambda(alpha.Aggregate(Expression.AndAlso), own));
        }

        var collectionParameter = Expression.Parameter(collectionType, collectionName);
        Expression any = Expression.Call(AnyMethod.MakeGenericMethod(type), collectionParameter,
            Expression.Lambda(typeof(Func<,>).MakeGenericType(type, typeof(bool)), beta.Aggregate(Expression.AndAlso), own));
        if (negate)
        {
            any = Expression.Not(any);
        }

        collection.Condition(Expression.Lambda(any, [collectionParameter, .. condition.Parameters.Where(p => p != own)]));
    }

    private static IEnumerable<Expression> Conjuncts(Expression e) =>
        e is BinaryExpression { NodeType: ExpressionType.AndAlso } and ? Conjuncts(and.Left).Concat(Conjuncts(and.Right)) : [e];

    private static HashSet<ParameterExpression> Reads(Expression e)
    {
        var finder = new ParameterFinder();
        finder.Visit(e);
        return finder.Found;
    }

    private sealed class ParameterFinder : ExpressionVisitor
    {
        public HashSet<ParameterExpression> Found { get; } = [];

        protected override Expression VisitParameter(ParameterExpression node)
        {
            Found.Add(node);
            return node;
        }
    }
}
