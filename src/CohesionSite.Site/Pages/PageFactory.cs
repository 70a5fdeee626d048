using CohesionSite.Site.Pipeline;

namespace CohesionSite.Site.Pages;

/// <summary>Shared pieces of page making: breadcrumbs and the page object of a strategy section.</summary>
internal static class PageFactory
{
    /// <summary>Home crumb.</summary>
    public static Crumb Home(Links links) => new("Home", links.Url(SitePaths.Home));

    /// <summary>A page of one strategy's section.</summary>
    public static Page StrategyPage(StrategyView sv, Links links, string segment, string title, object model, string? searchText = null, IReadOnlyList<string>? scripts = null, IEnumerable<string>? sourceNotes = null)
    {
        // Every title names the place: the tab, the h1, the breadcrumbs and the search entry.
        var place = sv.PlaceTitle;
        var crumbs = new List<Crumb> { Home(links) };
        if (segment.Length > 0)
        {
            crumbs.Add(new Crumb(place, sv.Url()));
        }

        crumbs.Add(new Crumb(segment.Length > 0 ? $"{title}: {sv.Content.Strategy.Area}" : place, null));
        return new Page
        {
            Title = segment.Length > 0 ? $"{title} – {place}" : place,
            Heading = segment.Length > 0 ? $"{title}: {sv.Content.Strategy.Area}" : place,
            Caption = segment.Length > 0 ? place : sv.Content.Strategy.Partnership,
            Path = SitePaths.Strategy(sv.Id, segment),
            Description = $"{title} of {place} ({sv.Content.Strategy.Partnership})",
            Breadcrumbs = crumbs,
            Strategy = sv.Nav(segment),
            Updated = sv.Updated,
            Historic = sv.Historic,
            Model = model,
            SearchText = searchText,
            Scripts = scripts ?? [],
            SourceNotes = [Captured(sv.Content.Strategy.Source), .. sourceNotes ?? []],
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
        return new Page
        {
            Title = $"{title} – {place}",
            Heading = $"{title}: {area}",
            Caption = place,
            Path = SitePaths.Entity(sv.Id, section, name),
            Description = $"{title} of {place} ({sv.Content.Strategy.Partnership})",
            Breadcrumbs = [Home(links), new Crumb(place, sv.Url()), new Crumb($"{sectionTitle}: {area}", sv.Url(section)), new Crumb($"{title}: {area}", null)],
            Strategy = sv.Nav(section),
            Updated = sv.Updated,
            Historic = sv.Historic,
            Model = model,
            SearchText = searchText,
            SourceNotes = [Captured(sv.Content.Strategy.Source), .. sourceNotes],
        };
    }

    /// <summary>Where in the source something was captured from ("Captured from the source document x.txt, section “Action plan”."), as Markdown.</summary>
    internal static string Described(Core.Model.SourceRef source) => Captured(source);

    // "Captured from the source document `x.txt`, section “Foreword”, page 3."
    private static string Captured(Core.Model.SourceRef? source)
    {
        var text = "Captured from the source document";
        if (source?.Seed is { Length: > 0 } seed)
        {
            text += $" {seed}";
        }

        if (source?.Section is { Length: > 0 } section)
        {
            text += $", section “{section}”";
        }

        if (source?.Page is { Length: > 0 } page)
        {
            text += $", page {page}";
        }

        return Escape(text) + ".";
    }

    // Notes are Markdown: characters that Markdown would read as markup in a file name are escaped.
    internal static string Escape(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"([\\`*_\[\]<>#])", @"\$1");

    /// <summary>A site-wide page.</summary>
    public static Page SitePage(Links links, string path, string title, object model, string? description = null, IReadOnlyList<string>? scripts = null) => new()
    {
        Title = title,
        Path = path,
        Description = description ?? title,
        Breadcrumbs = path.Length == 0 ? [] : [Home(links), new Crumb(title, null)],
        Model = model,
        Scripts = scripts ?? [],
    };
}
