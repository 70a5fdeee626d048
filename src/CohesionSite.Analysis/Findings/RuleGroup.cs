using CohesionSite.Core.Findings;

namespace CohesionSite.Analysis.Findings;

/// <summary>The findings of one rule, as the terminal, the Markdown summary and the site's gap page group them.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Title">Its title (the id when the catalogue does not know it).</param>
/// <param name="Severity">The most severe of its findings.</param>
/// <param name="Findings">Its findings, in the order given.</param>
public sealed record RuleGroup(string RuleId, string Title, Severity Severity, IReadOnlyList<Finding> Findings)
{
    /// <summary>
    /// The one order of rule groups every output shares: most severe rule first, then by rule id
    /// (ordinal); findings keep their order inside each group.
    /// </summary>
    public static IReadOnlyList<RuleGroup> Of(IEnumerable<Finding> findings, IReadOnlyList<RuleInfo> rules)
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in rules)
        {
            titles.TryAdd(r.Id, r.Title);
        }

        return findings
            .GroupBy(f => f.RuleId, StringComparer.Ordinal)
            .Select(g => new RuleGroup(g.Key, titles.GetValueOrDefault(g.Key, g.Key), g.Max(f => f.Severity), g.ToArray()))
            .OrderByDescending(g => g.Severity)
            .ThenBy(g => g.RuleId, StringComparer.Ordinal)
            .ToArray();
    }
}
