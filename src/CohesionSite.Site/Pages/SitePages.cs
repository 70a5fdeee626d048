using CohesionSite.Core.Settings;
using CohesionSite.Site.Pipeline;

namespace CohesionSite.Site.Pages;

/// <summary>The site-wide pages: search, open data, accessibility statement and the 404 page.</summary>
internal static class SitePages
{
    // The search script's messages, as data-… attributes of the search form (the script picks a
    // results form by the page's language's plural rules).
    private static readonly string[] ScriptMessages =
        ["none", "results_zero", "results_one", "results_two", "results_few", "results_many", "results_other", "first_shown", "too_short", "searching"];

    public static Page Search(SiteModel model, Links links)
    {
        var text = model.Text;
        return PageFactory.SitePage(links, text, SitePaths.Search, text["search.title"], new
        {
            Index = links.Url("assets/search-index.js"),
            Messages = ScriptMessages.Select(k => new { Name = k.Replace('_', '-'), Text = text["search." + k] }).ToArray(),
            NoScript = HtmlText.Format(text["search.no_script"],
                HtmlText.Link(links.Url(""), text["search.no_script_strategies"]),
                HtmlText.Link(links.Url("data/"), text["search.no_script_data"])),
        }, text["search.description"], ["assets/search-index.js", "assets/search.js"]);
    }

    public static Page Data(SiteModel model, Links links, Core.Model.Licence? licence)
    {
        var text = model.Text;
        return PageFactory.SitePage(links, text, SitePaths.Data, text["data.title"], new
        {
            Intro = HtmlText.Format(text["data.intro"],
                "<code>datapackage.json</code>",
                HtmlText.Link("https://specs.frictionlessdata.io/data-package/", text["data.frictionless"]),
                HtmlText.Link(links.Url("data/model.json"), text["data.model_link"], " download")),
            Licence = licence is null ? null : HtmlText.Format(text["data.licence"], LicenceHtml(licence)),
            Strategies = model.Strategies.Select(sv => new
            {
                Id = Pipeline.Links.Anchor("data", sv.Id),
                Title = sv.PlaceTitle,
                // A strategy's own licence is named where it differs from the site's.
                Licence = sv.Content.Strategy.DataLicence is { } own ? HtmlText.Format(text["data.strategy_licence"], LicenceHtml(own)) : null,
                Files = CohesionSite.Site.Data.Downloads.All(sv, links, text),
                NoFiles = HtmlText.Format(text["data.no_files"], HtmlText.Link(sv.Url(), text["data.no_files_link"])),
            }).ToArray(),
        }, text["data.description"]);
    }

    // The licence's name, linked where its address is a safe URL.
    private static string LicenceHtml(Core.Model.Licence l) => Rendering.SafeUrl.Check(l.Path) is { } url
        ? HtmlText.Link(url, l.Title)
        : System.Net.WebUtility.HtmlEncode(l.Title);

    public static Page NotFound(SiteModel model, Links links) => new()
    {
        Title = model.Text["notfound.title"],
        Path = "404.html",
        Breadcrumbs = [],
        Model = new
        {
            Start = HtmlText.Format(model.Text["notfound.start"],
                HtmlText.Link(links.Url(""), model.Text["notfound.strategies_link"]),
                HtmlText.Link(links.Url("search/"), model.Text["notfound.search_link"])),
            Strategies = model.Strategies.Select(sv => new { Title = sv.PlaceTitle, Url = sv.Url() }).ToArray(),
        },
    };
}
