using CohesionSite.Site.Localization;
using CohesionSite.Site.Pipeline;

namespace CohesionSite.Site.Pages;

/// <summary>Shared pieces of page making: breadcrumbs and the page object of a strategy section.</summary>
internal static class PageFactory
{
    /// <summary>Home crumb, in the page's language.</summary>
    public static Crumb Home(Links links, UiText text) => new(text["page.home"], links.Url(SitePaths.Home));

    /// <summary>A page of one strategy's section.</summary>
    public static Page StrategyPage(StrategyView sv, Links links, string segment, string title, object model, string? searchText = null, IReadOnlyList<string>? scripts = null, IEnumerable<string>? sourceNotes = null)
    {
        // Every title names the place: the tab, the h1, the breadcrumbs and the search entry.
        var place = sv.PlaceTitle;
        var text = sv.Text;
        var heading = segment.Length > 0 ? text.Format("page.heading", title, sv.Content.Strategy.Area) : place;
        var crumbs = new List<Crumb> { Home(links, text) };
        if (segment.Length > 0)
        {
            crumbs.Add(new Crumb(place, sv.Url()));
        }

        crumbs.Add(new Crumb(heading, null));
        return new Page
        {
            Title = segment.Length > 0 ? text.Format("page.title", title, place) : place,
            Heading = heading,
            Caption = segment.Length > 0 ? place : sv.Content.Strategy.Partnership,
            Path = SitePaths.Strategy(sv.Id, segment),
            Description = text.Format("page.description", title, place, sv.Content.Strategy.Partnership),
            Breadcrumbs = crumbs,
            Strategy = sv.Nav(segment),
            Updated = sv.Updated,
            Historic = sv.Historic,
            Model = model,
            SearchText = searchText,
            Scripts = scripts ?? [],
            SourceNotes = [Captured(sv.Content.Strategy.Source, text), .. sourceNotes ?? []],
        };
    }

    /// <summary>
    /// The page of one entity of a section (an action, an indicator) at <c>{section}/{name}/</c>:
    /// breadcrumbs Home › place › section › the entity, the section's tab current, the place in the title.
    /// </summary>
    public static Page EntityPage(StrategyView sv, Links links, string section, string sectionTitle, string name, string title, object model, string searchText, IEnumerable<string> sourceNotes)
    {
        var place = sv.PlaceTitle;
        var area = sv.Content.Strategy.Area;
        var text = sv.Text;
        return new Page
        {
            Title = text.Format("page.title", title, place),
            Heading = text.Format("page.heading", title, area),
            Caption = place,
            Path = SitePaths.Entity(sv.Id, section, name),
            Description = text.Format("page.description", title, place, sv.Content.Strategy.Partnership),
            Breadcrumbs = [Home(links, text), new Crumb(place, sv.Url()), new Crumb(text.Format("page.heading", sectionTitle, area), sv.Url(section)), new Crumb(text.Format("page.heading", title, area), null)],
            Strategy = sv.Nav(section),
            Updated = sv.Updated,
            Historic = sv.Historic,
            Model = model,
            SearchText = searchText,
            SourceNotes = [Captured(sv.Content.Strategy.Source, text), .. sourceNotes],
        };
    }

    /// <summary>
    /// Where in the source something was captured from ("Captured from the source document x.txt, section “Action plan”."), as Markdown.
    /// Without <paramref name="text"/> the sentence is English (for callers not yet given their page's language).
    /// </summary>
    internal static string Described(Core.Model.SourceRef source, UiText? text = null) => Captured(source, text ?? UiText.For("en"));

    /// <summary>
    /// Where in the source one entity was captured from, as one sentence of its own
    /// (<paramref name="key"/>, e.g. "Action {0} was captured from the source document{1}{2}{3}."):
    /// <paramref name="leading"/> fill the first slots, the file, section and page parts the rest,
    /// so a translation words the whole sentence instead of having its start cut off and replaced.
    /// </summary>
    internal static string Described(Core.Model.SourceRef source, UiText text, string key, params string[] leading) =>
        Captured(source, text, key, leading);

    // "Captured from the source document `x.txt`, section “Foreword”, page 3.": each part is
    // present only when the source gives it, so the sentence has one slot per part.
    private static string Captured(Core.Model.SourceRef? source, UiText text, string key = "page.captured", params string[] leading) => text.Format(
        key,
        [.. leading, .. Parts(source, text)]);

    private static string[] Parts(Core.Model.SourceRef? source, UiText text) =>
    [
        source?.Seed is { Length: > 0 } seed ? text.Format("page.captured_seed", Escape(seed)) : string.Empty,
        source?.Section is { Length: > 0 } section ? text.Format("page.captured_section", Escape(section)) : string.Empty,
        source?.Page is { Length: > 0 } page ? text.Format("page.captured_page", Escape(page)) : string.Empty,
    ];

    // Notes are Markdown: characters that Markdown would read as markup in a file name are escaped.
    internal static string Escape(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"([\\`*_\[\]<>#])", @"\$1");

    /// <summary>A site-wide page; its Home crumb is in <paramref name="text"/>'s language (the page's).</summary>
    public static Page SitePage(Links links, UiText text, string path, string title, object model, string? description = null, IReadOnlyList<string>? scripts = null) => new()
    {
        Title = title,
        Path = path,
        Description = description ?? title,
        Breadcrumbs = path.Length == 0 ? [] : [Home(links, text), new Crumb(title, null)],
        Model = model,
        Scripts = scripts ?? [],
    };
}
