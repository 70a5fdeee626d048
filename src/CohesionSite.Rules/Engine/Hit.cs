using CohesionSite.Rules.Facts;
using NRules.RuleModel;

namespace CohesionSite.Rules.Engine;

/// <summary>
/// What a rule's action leaves in its session when it fires: the rule, the fact with the gap and the
/// collected members. A class (reference identity), so two hits never collide as "already inserted".
/// </summary>
internal sealed class Hit
{
    private Hit(string ruleId, Fact fact, IReadOnlyList<Fact> members)
    {
        RuleId = ruleId;
        Fact = fact;
        Members = members;
    }

    public string RuleId { get; }

    public Fact Fact { get; }

    public IReadOnlyList<Fact> Members { get; }

    /// <summary>The right-hand side of every rule: records the match as a fact of the session.</summary>
    public static void Record(IContext context, Fact fact, IEnumerable<Fact>[] members) =>
        context.Insert(new Hit(context.Rule.Name, fact, members.SelectMany(m => m).Distinct().ToArray()));
}
