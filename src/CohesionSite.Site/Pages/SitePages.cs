using CohesionSite.Core.Settings;
using CohesionSite.Site.Pipeline;

namespace CohesionSite.Site.Pages;

/// <summary>The site-wide pages: search, open data, accessibility statement and the 404 page.</summary>
internal static class SitePages
{
    public static Page Search(Links links) =>
        PageFactory.SitePage(links, SitePaths.Search, "Search", new { Index = links.Url("assets/search-index.js") },
            "Search every strategy, priority, action and indicator", ["assets/search-index.js", "assets/search.js"]);

    public static Page Data(SiteModel model, Links links) =>
        PageFactory.SitePage(links, SitePaths.Data, "Open data", new
        {
            Model = links.Url("data/model.json"),
            Strategies = model.Strategies.Select(sv => new
            {
                Title = sv.PlaceTitle,
                Url = sv.Url(),
                Files = DataFiles.Names.Select(f => new { Name = f.File, f.Label, Url = links.Url(SitePaths.DataFile(sv.Id, f.File)) }).ToArray(),
            }).ToArray(),
        }, "Download the action plans, indicators and gap findings as CSV and JSON");

    public static Page Accessibility(SiteSettings settings, Links links) =>
        PageFactory.SitePage(links, SitePaths.Accessibility, "Accessibility statement", new
        {
            settings.SiteTitle,
            Contact = settings.AccessibilityContact,
            Mailto = settings.AccessibilityContact is { } c ? Rendering.SafeUrl.Check(c.Contains('@') && !c.Contains(':') ? "mailto:" + c : c) : null,
            Prepared = settings.AsOf?.ToDisplay(),
        }, $"Accessibility statement for {settings.SiteTitle}");

    public static Page NotFound(SiteModel model, Links links) => new()
    {
        Title = "Page not found",
        Path = "404.html",
        Breadcrumbs = [],
        Model = new { Strategies = model.Strategies.Select(sv => new { Title = sv.PlaceTitle, Url = sv.Url() }).ToArray() },
    };
}
