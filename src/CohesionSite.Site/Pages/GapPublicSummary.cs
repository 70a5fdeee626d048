using CohesionSite.Analysis;
using CohesionSite.Analysis.Findings;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;

namespace CohesionSite.Site.Pages;

/// <summary>One plain-English line of the public summary: what is missing, how many, and why it matters.</summary>
/// <param name="Title">What is missing, in the rule's words ("Indicator without a baseline").</param>
/// <param name="Count">How many, in words with their kind ("9 of its 9 indicators").</param>
/// <param name="Why">Why it matters (the rule's rationale).</param>
/// <param name="Severity">The severity label.</param>
/// <param name="Anchor">The anchor of the rule's part in the reviewers' detail.</param>
public sealed record GapPublicItem(string Title, string Count, string? Why, string Severity, string Anchor);

/// <summary>
/// The public half of a gap report: what a resident or councillor needs before any rule id or
/// line number — whether there is an action plan and what its absence means, then each kind of gap
/// with a count and why it matters. Reviewers' detail is a separate part of the page.
/// </summary>
public static class GapPublicSummary
{
    /// <summary>The sentence about the action plan, or null when the strategy has one with actions.</summary>
    public static string? PlanSentence(StrategyContent c)
    {
        var state = c.Plan?.State ?? (c.Actions.Count > 0 ? PlanState.Present : PlanState.None);
        if (state == PlanState.Present && c.Actions.Count > 0)
        {
            return null;
        }

        var kind = Labels.DocumentNoun(c.Strategy) is var noun && noun != "strategy" ? noun : null;
        if (kind is not null && state == PlanState.None)
        {
            // A report or toolkit is not judged as a strategy that forgot its plan.
            var with = c.Toolkit is not null ? " with a toolkit" : string.Empty;
            return $"This is {Article(kind)} {kind}{with}, not a strategy: it has no action plan and does not promise one.";
        }

        var undelivered = Deliverables(c);
        var so = undelivered.Length == 0
            ? "."
            : $", so none of its {Join(undelivered)} has an action saying who will deliver it.";
        var title = c.Plan?.Title is { Length: > 0 } pt ? $" (“{pt}”)" : string.Empty;
        return state switch
        {
            PlanState.Missing => $"The action plan this strategy announces{title} is not in the document{so}",
            PlanState.ToBeAgreed => $"The actions of this strategy{title} were still to be agreed with its partners when it was published{so}",
            _ => $"There is no action plan for this strategy{so}",
        };
    }

    /// <summary>Each rule's findings (waived ones apart) as one plain line, most severe first.</summary>
    public static IReadOnlyList<GapPublicItem> Items(StrategyContent c, IReadOnlyList<Finding> findings, IReadOnlyDictionary<string, RuleInfo> rules) =>
        findings.Where(f => !f.Waived)
            .GroupBy(f => f.RuleId, StringComparer.Ordinal)
            .Select(g => (Rule: rules.GetValueOrDefault(g.Key), Findings: g.ToArray()))
            .OrderByDescending(x => (int)(x.Rule?.Severity ?? x.Findings[0].Severity))
            .ThenByDescending(x => Affected(x.Findings).Count)
            .ThenBy(x => x.Rule?.Title ?? x.Findings[0].RuleId, StringComparer.Ordinal)
            .Select(x => new GapPublicItem(
                x.Rule?.Title ?? x.Findings[0].RuleId,
                CountText(c, Affected(x.Findings)),
                x.Rule?.Rationale is { Length: > 0 } r ? r : x.Findings[0].Rationale,
                Labels.Severity(x.Rule?.Severity ?? x.Findings[0].Severity),
                Pipeline.Links.Anchor("rule", x.Findings[0].RuleId)))
            .ToArray();

    /// <summary>"1 error, 22 gaps and 3 things worth a look" — the totals in words.</summary>
    public static string Totals(GapCounts s)
    {
        var parts = new List<string>();
        if (s.Errors > 0)
        {
            parts.Add(Labels.Count(s.Errors, "error that breaks the content", "errors that break the content"));
        }

        if (s.Warnings > 0)
        {
            parts.Add(Labels.Count(s.Warnings, "gap in coverage or quality", "gaps in coverage or quality"));
        }

        if (s.Infos > 0)
        {
            parts.Add(Labels.Count(s.Infos, "thing worth a look", "things worth a look"));
        }

        var found = parts.Count == 0 ? "The checks found nothing missing." : $"The checks found {Join([.. parts])}.";
        return s.Waived > 0 ? $"{found} {Labels.Count(s.Waived, "gap has", "gaps have")} been accepted by the partnership (waived)." : found;
    }

    // What each finding leaves uncovered: its members when it lists them (one cause, many items), else its target.
    private static List<TargetKind> Affected(IEnumerable<Finding> findings) =>
        findings.SelectMany(f => f.Members.Count > 0 ? f.Members.Select(m => m.TargetKind) : [f.TargetKind]).ToList();

    private static string CountText(StrategyContent c, List<TargetKind> kinds)
    {
        var byKind = kinds.GroupBy(k => k).Select(g => (Kind: g.Key, Count: g.Count())).ToArray();
        if (byKind.Length == 1)
        {
            var (kind, n) = byKind[0];
            var total = StrategyCensus.Of(c).Of(kind);
            return total >= n && total > 0 && total != n
                ? $"{n} of its {Labels.Count(total, Noun(kind, 1), Noun(kind, 2))}"
                : total == n && n > 1 ? $"all {Labels.Count(n, Noun(kind, 1), Noun(kind, 2))}" : Labels.Count(n, Noun(kind, 1), Noun(kind, 2));
        }

        return Join(byKind.OrderByDescending(k => k.Count).Select(k => Labels.Count(k.Count, Noun(k.Kind, 1), Noun(k.Kind, 2))).ToArray());
    }

    private static string[] Deliverables(StrategyContent c)
    {
        var census = StrategyCensus.Of(c);
        return new[]
        {
            (census.Priorities, "priority", "priorities"),
            (census.Outcomes, "outcome", "outcomes"),
            (census.Commitments, "commitment", "commitments"),
        }.Where(x => x.Item1 > 0).Select(x => Labels.Count(x.Item1, x.Item2, x.Item3)).ToArray();
    }

    private static string Noun(TargetKind kind, int n)
    {
        var (one, many) = kind switch
        {
            TargetKind.Priority => ("priority", "priorities"),
            TargetKind.Strategy => ("strategy", "strategies"),
            TargetKind.Text => ("passage of text", "passages of text"),
            TargetKind.CountClaim => ("stated count", "stated counts"),
            TargetKind.MissingPart => ("announced part", "announced parts"),
            TargetKind.MatrixCell => ("framework cell", "framework cells"),
            TargetKind.Value => ("shared value", "shared values"),
            TargetKind.ToolkitPrinciple => ("toolkit principle", "toolkit principles"),
            TargetKind.CaseStudy => ("case study", "case studies"),
            TargetKind.Unknown => ("item", "items"),
            // The rest are one plain word: "action", "outcome", "indicator" …
            _ => (kind.Name(), kind.Name() + "s"),
        };
        return n == 1 ? one : many;
    }

    private static string Article(string word) => StartsWithVowel(word) ? "an" : "a";

    /// <summary>Whether a word takes "an" (by its first letter: enough for document kinds).</summary>
    internal static bool StartsWithVowel(string word) => "aeiou".Contains(char.ToLowerInvariant(word[0]));

    private static string Join(string[] parts) => parts.Length switch
    {
        0 => string.Empty,
        1 => parts[0],
        _ => string.Join(", ", parts[..^1]) + " and " + parts[^1],
    };
}
