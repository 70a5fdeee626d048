using CohesionSite.Core.Findings;

namespace CohesionSite.Site.Pages.Pack;

/// <summary>The findings of one rule that are new (or resolved) since the baseline, in plain words.</summary>
/// <param name="Title">The rule's title ("Milestone overdue").</param>
/// <param name="Findings">Each finding's message as text (code marks and ISO dates made readable).</param>
public sealed record PackChangeGroup(string Title, IReadOnlyList<Rendering.HtmlString> Findings)
{
    /// <summary>How many findings.</summary>
    public int Count => Findings.Count;
}

/// <summary>What changed in the gap report since the last pack (an earlier JSON report), or why the pack cannot say.</summary>
/// <param name="HasBaseline">True when an earlier report was given.</param>
/// <param name="New">Findings not in the earlier report, by rule.</param>
/// <param name="Resolved">Findings of the earlier report no longer found, by rule.</param>
/// <param name="Unchanged">How many findings are in both.</param>
public sealed record PackChanges(bool HasBaseline, IReadOnlyList<PackChangeGroup> New, IReadOnlyList<PackChangeGroup> Resolved, int Unchanged)
{
    /// <summary>How many findings are new.</summary>
    public int NewCount => New.Sum(g => g.Count);

    /// <summary>How many earlier findings are resolved.</summary>
    public int ResolvedCount => Resolved.Sum(g => g.Count);

    /// <summary>
    /// Reads the comparison <c>check --baseline</c> makes (<c>Baseline.Apply</c> in the rules'
    /// reporting: each finding marked new or unchanged, the earlier ones not found listed as
    /// resolved); nothing is compared again here.
    /// </summary>
    public static PackChanges Of(GapReport report, IReadOnlyList<Finding> findings, string strategy)
    {
        if (!report.HasBaseline)
        {
            return new PackChanges(false, [], [], 0);
        }

        var titles = report.Rules.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Title, StringComparer.Ordinal);
        return new PackChanges(
            true,
            Groups(findings.Where(f => f.BaselineState == BaselineState.New), titles),
            Groups(report.Resolved.Where(f => f.Strategy == strategy), titles),
            findings.Count(f => f.BaselineState == BaselineState.Unchanged));
    }

    private static PackChangeGroup[] Groups(IEnumerable<Finding> findings, IReadOnlyDictionary<string, string> titles) =>
        findings.GroupBy(f => f.RuleId, StringComparer.Ordinal)
            .Select(g => new PackChangeGroup(
                titles.TryGetValue(g.Key, out var t) && t.Length > 0 ? t : g.Key,
                g.Select(f => FindingText.Html(f.Message)).ToArray()))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Title, StringComparer.Ordinal)
            .ToArray();
}
