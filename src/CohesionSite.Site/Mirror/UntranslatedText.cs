using System.Reflection;
using CohesionSite.Core.Model;

namespace CohesionSite.Site.Mirror;

/// <summary>
/// The text a mirror shows in the original language and marks as such: the fields its strategies'
/// translations lack, every readable field of the strategies it does not translate (the home,
/// status and national pages quote them), the national layer, which is published in one language,
/// and the site's own words that statiq.json does not translate.
/// </summary>
internal static class UntranslatedText
{
    /// <summary>The texts, for whole-string matching in element content.</summary>
    public static IEnumerable<string> Of(IEnumerable<string> missing, IEnumerable<StrategyContent> untranslatedStrategies, NationalSet national, IEnumerable<string> siteTexts) =>
        missing
            .Concat(untranslatedStrategies.SelectMany(s => TranslatableFields.Of(s).Select(f => f.Text)))
            .Concat(national.Definitions.Cast<Node>().Concat(national.Frameworks).Concat(national.Indicators).SelectMany(n => Values(n).OfType<string>()))
            .Concat(siteTexts)
            .Where(IsWords);

    /// <summary>
    /// The section headings of the source document that a mirrored strategy's entities were captured
    /// from: quoted as the source wrote them ("captured from section “…”"), never translated.
    /// </summary>
    public static IEnumerable<string> SourceSections(StrategyContent strategy) =>
        Nodes(strategy.Strategy).Concat(strategy.Priorities).Concat(strategy.Outcomes).Concat(strategy.Indicators).Concat(strategy.Actions)
            .Concat(strategy.Cases).Concat(strategy.Tables).Concat(strategy.Figures)
            .Concat(strategy.Plan is { } plan ? Nodes(plan) : []).Concat(strategy.Toolkit is { } toolkit ? Nodes(toolkit) : [])
            .SelectMany(n => Values(n).OfType<SourceRef>())
            .Select(source => source.Section)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);

    private static IEnumerable<Node> Nodes(Node node) => [node];

    /// <summary>The site's own words (statiq.json) that the settings do not translate into <paramref name="language"/>.</summary>
    public static IEnumerable<string> OfSettings(Core.Settings.SiteSettings settings, string language)
    {
        if (!settings.TitleIn(language).Translated)
        {
            yield return settings.SiteTitle;
        }

        if (settings.TranslationInto(language)?.AccessibilityIssues is null)
        {
            foreach (var issue in settings.AccessibilityIssues)
            {
                yield return issue.Criterion;
                yield return issue.Text;
                if (issue.Fix is { } fix)
                {
                    yield return fix;
                }
            }
        }
    }

    // Every string and every node a node holds, its children's included, by reflection: the national
    // model marks no field translatable (none is), and source references sit at any depth.
    private static IEnumerable<object> Values(Node node)
    {
        foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var value = property.GetValue(node);
            IEnumerable<object> items = value switch
            {
                string s => [s],
                Node child => Values(child).Prepend(child),
                IEnumerable<string> strings => strings,
                IEnumerable<Node> children => children.SelectMany(c => Values(c).Prepend(c)),
                _ => Enumerable.Empty<object>(),
            };
            foreach (var item in items)
            {
                yield return item;
            }
        }
    }

    // Words, not an id, code or number: those read the same in any language, and a bare number on a
    // Welsh page must not be marked English because some field happens to hold it.
    private static bool IsWords(string s) =>
        s.Any(char.IsLetter) && s.Any(char.IsWhiteSpace) || s.Length > 3 && s.Any(char.IsUpper) && s.Skip(1).Any(char.IsLower) && !s.Contains('-');
}
