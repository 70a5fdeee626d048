using CohesionSite.Site.Pipeline;

namespace CohesionSite.Site.Pages;

/// <summary>Shared pieces of page making: breadcrumbs and the page object of a strategy section.</summary>
internal static class PageFactory
{
    /// <summary>Home crumb.</summary>
    public static Crumb Home(Links links) => new("Home", links.Url(SitePaths.Home));

    /// <summary>A page of one strategy's section.</summary>
    public static Page StrategyPage(StrategyView sv, Links links, string segment, string title, object model, string? searchText = null, IReadOnlyList<string>? scripts = null)
    {
        var crumbs = new List<Crumb> { Home(links) };
        if (segment.Length > 0)
        {
            crumbs.Add(new Crumb(sv.Content.Strategy.Title, sv.Url()));
        }

        crumbs.Add(new Crumb(segment.Length > 0 ? title : sv.Content.Strategy.Title, null));
        return new Page
        {
            Title = segment.Length > 0 ? $"{title}: {sv.Content.Strategy.Title}" : sv.Content.Strategy.Title,
            Heading = segment.Length > 0 ? title : sv.Content.Strategy.Title,
            Caption = segment.Length > 0 ? sv.Content.Strategy.Title : sv.Content.Strategy.Partnership,
            Path = SitePaths.Strategy(sv.Id, segment),
            Description = $"{title} of {sv.Content.Strategy.Title} ({sv.Content.Strategy.Partnership})",
            Breadcrumbs = crumbs,
            Strategy = sv.Nav(segment),
            Model = model,
            SearchText = searchText,
            Scripts = scripts ?? [],
        };
    }

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
