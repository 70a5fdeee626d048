using CohesionSite.Rules.Facts;
using NRules.RuleModel;

namespace CohesionSite.Rules.Engine;

/// <summary>
/// What a rule's action records when it fires: the rule, the fact with the gap and the collected
/// members. Hits go to the session's <see cref="HitSink"/>, not into working memory: no rule reads a
/// hit, and inserting 100k of them into the network costs more than the rules that made them.
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

    /// <summary>The right-hand side of every rule: records the match in the session's sink.</summary>
    public static void Record(IContext context, Fact fact, IEnumerable<Fact>[] members) =>
        ((HitSink)context.Resolve(typeof(HitSink))).Add(new Hit(context.Rule.Name, fact, members.Length == 0 ? [] : members.SelectMany(m => m).Distinct().ToArray()));
}
