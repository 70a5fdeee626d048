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
        ((HitSink)context.Resolve(typeof(HitSink))).Add(new Hit(context.Rule.Name, fact, Collect(members)));

    // The members of every group, each once, in first-seen order. Sized up front where the groups
    // know their counts: at 100k hits, SelectMany().Distinct().ToArray() was a measurable share.
    private static IReadOnlyList<Fact> Collect(IEnumerable<Fact>[] groups)
    {
        if (groups.Length == 0)
        {
            return [];
        }

        var capacity = 0;
        foreach (var group in groups)
        {
            capacity += group.TryGetNonEnumeratedCount(out var count) ? count : 4;
        }

        if (capacity == 0)
        {
            return [];
        }

        var seen = new HashSet<Fact>(capacity, ReferenceEqualityComparer.Instance);
        var members = new List<Fact>(capacity);
        foreach (var group in groups)
        {
            foreach (var member in group)
            {
                if (seen.Add(member))
                {
                    members.Add(member);
                }
            }
        }

        return members;
    }
}
