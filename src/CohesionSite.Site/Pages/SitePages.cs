using CohesionSite.Core.Settings;
using CohesionSite.Site.Pipeline;

namespace CohesionSite.Site.Pages;

/// <summary>The site-wide pages: search, open data, accessibility statement and the 404 page.</summary>
internal static class SitePages
{
    public static Page Search(Links links) =>
        PageFactory.SitePage(links, SitePaths.Search, "Search", new { Index = links.Url("assets/search-index.js") },
            "Search every strategy, priority, action and indicator", ["assets/search-index.js", "assets/search.js"]);

    public static Page Data(SiteModel model, Links links, Core.Model.Licence? licence) =>
        PageFactory.SitePage(links, SitePaths.Data, "Open data", new
        {
            Model = links.Url("data/model.json"),
            Licence = LicenceView(licence),
            Strategies = model.Strategies.Select(sv => new
            {
                Id = Pipeline.Links.Anchor("data", sv.Id),
                Title = sv.PlaceTitle,
                Url = sv.Url(),
                // A strategy's own licence is named where it differs from the site's.
                Licence = sv.Content.Strategy.DataLicence is { } own ? LicenceView(own) : null,
                Files = CohesionSite.Site.Data.Downloads.All(sv, links),
            }).ToArray(),
        }, "Download the action plans, indicators and gap findings as CSV and JSON, with their data dictionaries");

    private static object? LicenceView(Core.Model.Licence? l) => l is null ? null : new { l.Title, Url = Rendering.SafeUrl.Check(l.Path) };

    public static Page NotFound(SiteModel model) => new()
    {
        Title = "Page not found",
        Path = "404.html",
        Breadcrumbs = [],
        Model = new { Strategies = model.Strategies.Select(sv => new { Title = sv.PlaceTitle, Url = sv.Url() }).ToArray() },
    };
}
