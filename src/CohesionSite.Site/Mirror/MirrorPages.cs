using CohesionSite.Site.Pages;
using CohesionSite.Site.Pipeline;
using CohesionSite.Site.Stages;

namespace CohesionSite.Site.Mirror;

/// <summary>
/// Pairs each page with its twins in the other languages: the full build and the preview's
/// incremental pages alike, so both write the same bytes. Whether a page has a twin follows from
/// its path alone (<see cref="SiteMirror.Has"/>), so a page can be paired without the others.
/// </summary>
internal static class MirrorPages
{
    /// <summary>A page of the site's own language, with its languages when a mirror has it too.</summary>
    public static Page Paired(SiteContext context, Page page)
    {
        var twins = context.Mirrors.Where(m => m.Has(page.Path)).ToArray();
        return twins.Length == 0 ? page : page with { Languages = LanguagesOf(context, page.Path, null, twins) };
    }

    /// <summary>A page a mirror built, placed at the mirror's path, in its language, with its languages.</summary>
    public static Page Placed(SiteContext context, SiteMirror mirror, Page page) => page with
    {
        Path = mirror.PathOf(page.Path),
        Language = mirror.Language,
        Languages = LanguagesOf(context, page.Path, mirror.Language, context.Mirrors.Where(m => m.Has(page.Path)).ToArray()),
        // The search page loads the language's own index (written beside its copy of the script).
        Scripts = [.. page.Scripts.Select(s => SearchIndexStage.ScriptOf(mirror.Language, s))],
    };

    /// <summary>The document of a placed or paired page.</summary>
    public static SiteDocument Document(string template, Page page) =>
        new(SitePaths.FileOf(page.Path)) { Template = template, Page = page, Language = page.Language };

    // The site's own language first (the x-default), then each mirror's; hreflang URLs absolute when
    // the site has a Host, the switch's links from LinkRoot.
    private static IReadOnlyList<PageLanguage> LanguagesOf(SiteContext context, string path, string? current, IReadOnlyList<SiteMirror> twins)
    {
        var ownHref = context.Links.OwnUrl(path);
        var languages = new List<PageLanguage>
        {
            new(context.Settings.Language, context.Text()["meta.name"], context.Origin + ownHref, ownHref, current is null, true),
        };
        foreach (var m in twins)
        {
            var text = context.Text(m.Language);
            var href = context.Links.MirrorUrl(m.Language, path);
            languages.Add(new(text["meta.html_lang"], text["meta.name"], context.Origin + href, href, current == m.Language, false));
        }

        return languages;
    }
}
