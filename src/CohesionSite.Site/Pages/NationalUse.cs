using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;

namespace CohesionSite.Site.Pages;

/// <summary>
/// Where one strategy uses a national framework item or national indicator, as the national pages
/// list it: the priorities and principles that name the item, the commitments and actions the
/// analysis tags with it (<c>StrategyAnalysis.TagsOf</c>: named, through their priority path or
/// through their principles), the groups that are it, and the indicators that report a national
/// indicator. Nothing is inferred here beyond what the analysis and the content say.
/// </summary>
internal static class NationalUse
{
    /// <summary>One thing of a strategy that uses an item, with where the site shows it.</summary>
    public sealed record Use(string Text, string Url);

    // What a strategy uses of each item depends only on the strategy (its content is immutable), the
    // national layer, the links' root and language and the text's language. A preview edit rebuilds the
    // framework pages from every strategy; the unchanged ones' uses are kept with their content here
    // rather than worked out again (at 10k pages they were most of an edit's time). Only the preview
    // keeps them (keep: true): a build makes each framework page once and should not hold its uses.
    private static readonly ConditionalWeakTable<StrategyContent, ItemUses> Cache = new();

    private sealed class ItemUses(NationalSet national)
    {
        public NationalSet National { get; } = national;

        public ConcurrentDictionary<(string Reference, string LinkRoot, string? LinkLanguage, string TextLanguage), object?> ByItem { get; } = new();
    }

    /// <summary>What of <paramref name="sv"/> uses item <paramref name="reference"/> (<c>framework/item</c>), by kind; null when nothing does.</summary>
    public static object? OfItem(StrategyView sv, string reference, bool keep = false)
    {
        if (!keep)
        {
            return Compute(sv, reference);
        }

        var uses = Cache.GetValue(sv.Content, _ => new ItemUses(sv.National));
        if (!ReferenceEquals(uses.National, sv.National))
        {
            uses = new ItemUses(sv.National);
            Cache.AddOrUpdate(sv.Content, uses);
        }

        return uses.ByItem.GetOrAdd((reference, sv.Links.Root, sv.Links.Language, sv.Text.Language), _ => Compute(sv, reference));
    }

    private static object? Compute(StrategyView sv, string reference)
    {
        var c = sv.Content;
        var priorities = c.AllPriorities.Where(p => p.National.Contains(reference))
            .Select(p => new Use(sv.PriorityLabel(p.Id), sv.TargetUrl(TargetKind.Priority, p.Id))).ToArray();
        var principles = c.Strategy.Principles.Where(p => p.National.Contains(reference))
            .Select(p => new Use(p.Title, sv.TargetUrl(TargetKind.Principle, p.Id))).ToArray();
        var groups = c.Strategy.Groups.Where(g => g.Ref == reference)
            .Select(g => new Use(g.Title, sv.TargetUrl(TargetKind.Group, g.Id))).ToArray();
        var tagged = sv.Analysis.TaggedWith(reference);
        var commitments = tagged.Commitments
            .Select(x => new Use(x.Text, sv.TargetUrl(TargetKind.Commitment, x.Id))).ToArray();
        var actions = tagged.Actions
            .Select(a => new Use(sv.Text.Format("national.action", a.Id), sv.ActionUrl(a.Id))).ToArray();
        if (priorities.Length + principles.Length + groups.Length + commitments.Length + actions.Length == 0)
        {
            return null;
        }

        return new
        {
            Title = sv.PlaceTitle,
            Url = sv.Url(),
            Priorities = priorities,
            Principles = principles,
            Groups = groups,
            Commitments = commitments,
            Actions = actions,
        };
    }

    /// <summary>The indicators of <paramref name="sv"/> that report national indicator <paramref name="id"/>.</summary>
    public static IReadOnlyList<Use> OfIndicator(StrategyView sv, string id) =>
        sv.Content.Indicators.Where(i => i.National == id)
            .Select(i => new Use(i.Code is { Length: > 0 } code ? $"{code}: {i.Title}" : i.Title, sv.IndicatorUrl(i.Id))).ToArray();
}
