using System.Collections.Frozen;
using CohesionSite.Analysis;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;
using CohesionSite.Site.Pages;
using CohesionSite.Site.Pipeline;

namespace CohesionSite.Site.Mirror;

/// <summary>
/// The site in one further language, under <c>/LANG/</c>: the site-wide pages and every page of
/// each strategy that publishes in the language, with the interface in that language and each
/// content field in its translation (the original, marked with its own language, where the
/// translation lacks it). Pages of strategies in one language stay where they are; the mirror links to them.
/// </summary>
public sealed class SiteMirror
{
    private SiteMirror(string language, string original, Links links, SiteModel model, FrozenSet<string> strategies, UntranslatedMarker untranslated)
    {
        Language = language;
        OriginalLanguage = original;
        Links = links;
        Model = model;
        Strategies = strategies;
        Untranslated = untranslated;
    }

    /// <summary>The language code (<c>cy</c>); also the mirror's folder.</summary>
    public string Language { get; }

    /// <summary>The language the untranslated text is in (<c>en</c>): the <c>lang</c> it is marked with.</summary>
    public string OriginalLanguage { get; }

    /// <summary>Links that stay in the mirror wherever it has the page.</summary>
    public Links Links { get; }

    /// <summary>The model as the mirror's pages read it: translated content, the language's interface text.</summary>
    public SiteModel Model { get; }

    /// <summary>Ids of the strategies the mirror has pages for.</summary>
    public FrozenSet<string> Strategies { get; }

    /// <summary>Text the mirror shows in the original language (fields without a translation), and what marks it as such.</summary>
    internal UntranslatedMarker Untranslated { get; }

    /// <summary>The mirror's path of a page (<c>cy/strategies/x/</c>).</summary>
    public string PathOf(string path) => Language + "/" + path;

    /// <summary>
    /// True when the mirror has a page at <paramref name="path"/> (site-relative, an anchor or query
    /// allowed): home, reporting status, the national pages, search, the data page, the
    /// accessibility statement, and the pages of the strategies it mirrors; never a file.
    /// </summary>
    public bool Has(string path)
    {
        var end = path.IndexOfAny(['#', '?']);
        var p = end < 0 ? path : path[..end];
        // Pages are folders; a file (a download, an asset) exists once, in no language.
        if (p.Length > 0 && !p.EndsWith('/'))
        {
            return false;
        }

        if (p is SitePaths.Home or SitePaths.Status or SitePaths.Search or SitePaths.Data or SitePaths.Accessibility
            || p.StartsWith(SitePaths.National, StringComparison.Ordinal))
        {
            return true;
        }

        const string prefix = "strategies/";
        if (!p.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var slash = p.IndexOf('/', prefix.Length);
        return Strategies.Contains(slash < 0 ? p[prefix.Length..] : p[prefix.Length..slash]);
    }

    /// <summary>
    /// One mirror per further language that a strategy declares and the site has interface text for
    /// (none for a site whose strategies are all in its own language, which then pays nothing).
    /// </summary>
    public static IReadOnlyList<SiteMirror> For(ContentSet content, GapReport report, Links links, Core.Settings.SiteSettings settings, Content.ContentDates? updated, DateOnly today)
    {
        var siteLanguage = settings.OwnLanguage;
        var byLanguage = new SortedDictionary<string, List<(StrategyContent Content, LanguageTranslation Translation)>>(StringComparer.Ordinal);
        foreach (var s in content.Strategies)
        {
            foreach (var t in StrategyAnalysis.Of(s, content.National).Translations.Languages)
            {
                if (t.Declared && t.Language != siteLanguage && Localization.UiText.Available.Contains(t.Language))
                {
                    (byLanguage.TryGetValue(t.Language, out var list) ? list : byLanguage[t.Language] = []).Add((s, t));
                }
            }
        }

        return byLanguage.Select(kv => Build(kv.Key, kv.Value, content, report, links, settings, updated, today)).ToArray();
    }

    private static SiteMirror Build(string language, List<(StrategyContent Content, LanguageTranslation Translation)> mirrored, ContentSet content, GapReport report, Links links, Core.Settings.SiteSettings settings, Content.ContentDates? updated, DateOnly today)
    {
        var siteLanguage = settings.OwnLanguage;
        var ids = mirrored.Select(m => m.Content.Id).ToFrozenSet(StringComparer.Ordinal);
        var translated = mirrored.ToDictionary(m => m.Content.Id, m => TranslatableFields.Translate(m.Content, f => m.Translation.TextOf(f.Key)?.Text), StringComparer.Ordinal);
        var untranslated = UntranslatedText.Of(
                mirrored.SelectMany(m => m.Translation.Missing.Select(f => f.Text).Concat(UntranslatedText.SourceSections(m.Content))),
                content.Strategies.Where(s => !ids.Contains(s.Id)),
                content.National,
                UntranslatedText.OfSettings(settings, language));
        var set = new ContentSet(content.National, content.Strategies.Select(s => translated.GetValueOrDefault(s.Id) ?? s).ToArray());
        SiteMirror? mirror = null;
        var mirrorLinks = links.ForLanguage(language, p => mirror!.Has(p));
        var model = new SiteModel(set, report, mirrorLinks, updated, today, Localization.UiText.For(language));
        mirror = new SiteMirror(language, siteLanguage, mirrorLinks, model, ids, new UntranslatedMarker(untranslated, siteLanguage));
        return mirror;
    }
}
