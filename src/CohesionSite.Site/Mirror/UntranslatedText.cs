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
            .Concat(national.Definitions.Cast<Node>().Concat(national.Frameworks).Concat(national.Indicators).SelectMany(Texts))
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
            .SelectMany(Sources)
            .Select(source => source.Section)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);

    private static IEnumerable<Node> Nodes(Node node) => [node];

    // Every source reference a node and its children hold.
    private static IEnumerable<SourceRef> Sources(Node node)
    {
        foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.PropertyType == typeof(string))
            {
                continue;
            }

            switch (property.GetValue(node))
            {
                case SourceRef source:
                    yield return source;
                    break;
                case Node child:
                    foreach (var s in Sources(child))
                    {
                        yield return s;
                    }

                    break;
                case IEnumerable<Node> children:
                    foreach (var s in children.SelectMany(Sources))
                    {
                        yield return s;
                    }

                    break;
            }
        }
    }

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

    // Every string a national node holds, its children's included (the national model marks no field translatable: none is).
    private static IEnumerable<string> Texts(Node node)
    {
        foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            switch (property.GetValue(node))
            {
                case string s:
                    yield return s;
                    break;
                case IEnumerable<string> items:
                    foreach (var item in items)
                    {
                        yield return item;
                    }

                    break;
                case Node child:
                    foreach (var s in Texts(child))
                    {
                        yield return s;
                    }

                    break;
                case IEnumerable<Node> children:
                    foreach (var s in children.SelectMany(Texts))
                    {
                        yield return s;
                    }

                    break;
            }
        }
    }

    // Words, not an id, code or number: those read the same in any language, and a bare number on a
    // Welsh page must not be marked English because some field happens to hold it.
    private static bool IsWords(string s) =>
        s.Any(char.IsLetter) && s.Any(char.IsWhiteSpace) || s.Length > 3 && s.Any(char.IsUpper) && s.Skip(1).Any(char.IsLower) && !s.Contains('-');
}
