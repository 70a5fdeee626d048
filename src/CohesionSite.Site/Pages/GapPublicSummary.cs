using CohesionSite.Analysis;
using CohesionSite.Analysis.Findings;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;
using CohesionSite.Site.Localization;

namespace CohesionSite.Site.Pages;

/// <summary>One plain-English line of the public summary: what is missing, how many, and why it matters.</summary>
/// <param name="Title">What is missing, in the rule's words ("Indicator without a baseline"), as HTML in the page's language (see <see cref="RuleWording"/>).</param>
/// <param name="Count">How many, in words with their kind ("9 of its 9 indicators").</param>
/// <param name="Why">Why it matters (the rule's rationale), as HTML like the title.</param>
/// <param name="Severity">The severity label.</param>
/// <param name="Anchor">The anchor of the rule's part in the reviewers' detail.</param>
public sealed record GapPublicItem(Rendering.HtmlString Title, string Count, Rendering.HtmlString Why, string Severity, string Anchor);

/// <summary>
/// The public half of a gap report: what a resident or councillor needs before any rule id or
/// line number — whether there is an action plan and what its absence means, then each kind of gap
/// with a count and why it matters. Reviewers' detail is a separate part of the page.
/// </summary>
public static class GapPublicSummary
{
    /// <summary>The sentence about the action plan, or null when the strategy has one with actions.</summary>
    public static string? PlanSentence(StrategyContent c, UiText text)
    {
        var state = c.Plan?.State ?? (c.Actions.Count > 0 ? PlanState.Present : PlanState.None);
        if (state == PlanState.Present && c.Actions.Count > 0)
        {
            return null;
        }

        var kind = Labels.DocumentNoun(c.Strategy, text) is var noun && noun != text["labels.noun_strategy"] ? noun : null;
        if (kind is not null && state == PlanState.None)
        {
            // A report or toolkit is not judged as a strategy that forgot its plan.
            return text.Format(c.Toolkit is not null ? "gaps.not_strategy_toolkit" : "gaps.not_strategy", text.Format(StartsWithVowel(kind) ? "labels.with_article_vowel" : "labels.with_article", kind));
        }

        var undelivered = Deliverables(c, text);
        var title = c.Plan?.Title is { Length: > 0 } pt ? text.Format("gaps.plan_title", pt) : string.Empty;
        var key = state switch
        {
            PlanState.Missing => "gaps.plan_missing",
            PlanState.ToBeAgreed => "gaps.plan_to_be_agreed",
            _ => "gaps.plan_none",
        };
        return undelivered.Length == 0 ? text.Format(key, title) : text.Format(key + "_so", title, Join(undelivered, text));
    }

    /// <summary>Each rule's findings (waived ones apart) as one plain line, most severe first.</summary>
    public static IReadOnlyList<GapPublicItem> Items(StrategyContent c, IReadOnlyList<Finding> findings, IReadOnlyDictionary<string, RuleInfo> rules, UiText text) =>
        findings.Where(f => !f.Waived)
            .GroupBy(f => f.RuleId, StringComparer.Ordinal)
            .Select(g => (Rule: rules.GetValueOrDefault(g.Key), Findings: g.ToArray()))
            .OrderByDescending(x => (int)(x.Rule?.Severity ?? x.Findings[0].Severity))
            .ThenByDescending(x => Affected(x.Findings).Count)
            .ThenBy(x => x.Rule?.Title ?? x.Findings[0].RuleId, StringComparer.Ordinal)
            .Select(x => new GapPublicItem(
                RuleWording.Title(x.Rule, x.Findings[0].RuleId, text),
                CountText(c, Affected(x.Findings), text),
                RuleWording.Rationale(x.Rule, x.Findings[0].Rationale, text),
                Labels.Severity(x.Rule?.Severity ?? x.Findings[0].Severity, text),
                Pipeline.Links.Anchor("rule", x.Findings[0].RuleId)))
            .ToArray();

    /// <summary>"1 error, 22 gaps and 3 things worth a look" — the totals in words.</summary>
    public static string Totals(GapCounts s, UiText text)
    {
        var parts = new List<string>();
        if (s.Errors > 0)
        {
            parts.Add(text.Plural("gaps.found_errors", s.Errors));
        }

        if (s.Warnings > 0)
        {
            parts.Add(text.Plural("gaps.found_warnings", s.Warnings));
        }

        if (s.Infos > 0)
        {
            parts.Add(text.Plural("gaps.found_infos", s.Infos));
        }

        var found = parts.Count == 0 ? text["gaps.found_nothing"] : text.Format("gaps.found", Join([.. parts], text));
        return s.Waived > 0 ? $"{found} {text.Plural("gaps.found_waived", s.Waived)}" : found;
    }

    /// <summary>A list in a sentence: "a, b and c" (the language's separator and last joint).</summary>
    internal static string Join(string[] parts, UiText text) => parts.Length switch
    {
        0 => string.Empty,
        1 => parts[0],
        _ => text.Format("gaps.list_pair", string.Join(text["gaps.list_separator"], parts[..^1]), parts[^1]),
    };

    // What each finding leaves uncovered: its members when it lists them (one cause, many items), else its target.
    private static List<TargetKind> Affected(IEnumerable<Finding> findings) =>
        findings.SelectMany(f => f.Members.Count > 0 ? f.Members.Select(m => m.TargetKind) : [f.TargetKind]).ToList();

    private static string CountText(StrategyContent c, List<TargetKind> kinds, UiText text)
    {
        var byKind = kinds.GroupBy(k => k).Select(g => (Kind: g.Key, Count: g.Count())).ToArray();
        if (byKind.Length == 1)
        {
            var (kind, n) = byKind[0];
            var total = StrategyCensus.Of(c).Of(kind);
            return total >= n && total > 0 && total != n
                ? text.Format("gaps.of_its", n, Counted(kind, total, text))
                : total == n && n > 1 ? text.Format("gaps.all", Counted(kind, n, text)) : Counted(kind, n, text);
        }

        return Join(byKind.OrderByDescending(k => k.Count).Select(k => Counted(k.Kind, k.Count, text)).ToArray(), text);
    }

    private static string[] Deliverables(StrategyContent c, UiText text)
    {
        var census = StrategyCensus.Of(c);
        return new[]
        {
            (census.Priorities, TargetKind.Priority),
            (census.Outcomes, TargetKind.Outcome),
            (census.Commitments, TargetKind.Commitment),
        }.Where(x => x.Item1 > 0).Select(x => Counted(x.Item2, x.Item1, text)).ToArray();
    }

    /// <summary>A count of a kind of target with its noun ("3 priorities"), from <c>gaps.kinds.*</c>.</summary>
    internal static string Counted(TargetKind kind, int n, UiText text) =>
        text.Plural("gaps.kinds." + kind.Name().Replace('-', '_'), n);

    /// <summary>Whether a word takes "an" (by its first letter: enough for document kinds).</summary>
    internal static bool StartsWithVowel(string word) => "aeiou".Contains(char.ToLowerInvariant(word[0]));
}
