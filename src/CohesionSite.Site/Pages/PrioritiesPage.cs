using System.Text.RegularExpressions;
using CohesionSite.Core.Model;

namespace CohesionSite.Site.Pages;

/// <summary>Priorities: the themes → priorities tree, each node's narrative, commitments and the actions that deliver them.</summary>
internal static partial class PrioritiesPage
{
    public static Page Build(StrategyView sv, Pipeline.Links links)
    {
        var nodes = Flatten(sv, sv.Content.Priorities, 0).ToArray();
        var text = string.Join(" ", sv.Content.AllPriorities.Select(p => $"{p.Number} {p.Title}"));
        return PageFactory.StrategyPage(sv, links, "priorities", sv.SectionTitle("priorities"), new { Nodes = nodes, Count = sv.Content.AllPriorities.Count }, text, sourceNotes: Notes(sv));
    }

    // How the source spelt each heading, and hyperlinks it refers to but does not give: for the
    // "About this page's source" block, not the body.
    private static IEnumerable<string> Notes(StrategyView sv)
    {
        foreach (var p in sv.Content.AllPriorities)
        {
            var label = PageFactory.Escape(sv.PriorityLabel(p.Id));
            // Only spellings that really differ: the same words in capitals or cut short ("People...")
            // are not a different heading, and claiming one would be invented.
            var differing = p.Variants.Where(v => Plain(v.Title) != Plain(p.Title) && !Plain(p.Title).StartsWith(Plain(v.Title), StringComparison.Ordinal)).ToArray();
            if (differing.Length > 0)
            {
                yield return sv.Text.Format("priorities.headed_differently", label,
                    string.Join("; ", differing.Select(v => sv.Text.Format("priorities.heading_variant", PageFactory.Escape(v.Place), PageFactory.Escape(v.Title)))));
            }

            foreach (Match m in MissingLink().Matches(p.Narrative ?? string.Empty))
            {
                yield return sv.Text.Format("priorities.missing_link", label, PageFactory.Escape(m.Groups[1].Value));
            }
        }
    }

    private static string Plain(string text) => string.Join(' ', text.Trim().TrimEnd('.', '…').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The narrative without the source's placeholders for links it never gave ("(see hyperlink xxxx)").</summary>
    internal static string? Narrative(string? text) => text is null ? null : MissingLink().Replace(text, string.Empty);

    [GeneratedRegex(@"\s*\((see hyperlink[^)]*)\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MissingLink();

    private static IEnumerable<object> Flatten(StrategyView sv, IEnumerable<PriorityNode> nodes, int depth)
    {
        foreach (var p in nodes)
        {
            yield return new
            {
                Anchor = Pipeline.Links.Anchor("priority", p.Id),
                Level = Math.Min(6, 2 + depth),
                Depth = depth,
                // "Economy and Transport Theme (Theme)": no kind after a title that already says it
                // (the title is the source's, so it is checked against the English word).
                Kind = p.Title.EndsWith(Labels.Humanize(p.Kind), StringComparison.OrdinalIgnoreCase) ? null : sv.Text["priorities.kinds." + p.Kind.ToString().ToLowerInvariant()],
                p.Number,
                p.Title,
                Narrative = Narrative(p.Narrative),
                p.Challenges,
                Variants = p.Variants.Select(v => new { v.Place, v.Title }).ToArray(),
                National = p.National.Select(sv.ItemTitle).ToArray(),
                Outcomes = p.Outcomes.Select(o => new { Title = sv.Content.OutcomeById.TryGetValue(o, out var oc) ? oc.Title : o, Url = sv.Url("outcomes", "outcome", o) }).ToArray(),
                Commitments = p.Commitments.Select(c => new
                {
                    Anchor = Pipeline.Links.Anchor("commitment", c.Id),
                    c.Text,
                    Due = Labels.Date(c.Due, sv.Text),
                    Leads = sv.PartnerNames(c.Leads),
                    Actions = c.Actions.Select(a => new { Ref = a, Url = sv.ActionUrl(a) }).ToArray(),
                }).ToArray(),
                Actions = sv.ActionsByPriority.GetValueOrDefault(p.Id, []).Select(a => new { Ref = a.Id, a.Text, Url = sv.ActionUrl(a.Id) }).ToArray(),
            };
            foreach (var child in Flatten(sv, p.Children, depth + 1))
            {
                yield return child;
            }
        }
    }
}
