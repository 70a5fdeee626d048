using CohesionSite.Site.Data;
using CohesionSite.Site.Pages;
using CohesionSite.Site.Pipeline;

namespace CohesionSite.Site.Incremental;

/// <summary>
/// Makes the documents of some dependency keys only, the way the make-pages and data stages make
/// them for the whole site (a test keeps the two in step: for every key, the same destinations).
/// </summary>
internal static class PagePlanner
{
    /// <summary>The documents depending on <paramref name="keys"/>; the aggregates, page set and static files are not made here.</summary>
    public static IEnumerable<SiteDocument> Plan(SiteContext context, IReadOnlySet<string> keys)
    {
        var model = context.Model ?? throw new InvalidOperationException("the site model must be set first");
        var links = context.Links;
        if (keys.Contains(DependencyKeys.Summaries))
        {
            yield return Page("home", HomePage.Build(model, links, context.Settings.SiteTitle));
        }

        if (keys.Contains(DependencyKeys.Listing))
        {
            yield return Page("data", SitePages.Data(model, links, context.Settings.DataLicence));
            yield return new SiteDocument("404.html") { Template = "notfound", Page = SitePages.NotFound(model, links), InSitemap = false };
        }

        if (keys.Contains(DependencyKeys.CrossStrategy))
        {
            foreach (var (template, page) in CrossStrategyPages.Build(model, links, context.Report))
            {
                yield return Page(template, page);
            }
        }

        foreach (var sv in model.Strategies.Where(s => keys.Contains(DependencyKeys.Strategy(s.Id))))
        {
            foreach (var doc in StrategyDocuments(sv, context, model.Text))
            {
                yield return doc;
            }
        }
    }

    private static IEnumerable<SiteDocument> StrategyDocuments(StrategyView sv, SiteContext context, Localization.UiText text)
    {
        var links = context.Links;
        foreach (var (template, page) in StrategyPages.Build(sv, links, context.Report, context.Settings.EditRoot, text, context.Today))
        {
            yield return Page(template, page);
        }

        foreach (var file in DataExports.Files(sv, context.Settings.DataLicence))
        {
            yield return new SiteDocument(SitePaths.DataFile(sv.Id, file.Name)) { Text = file.Make() };
        }

        foreach (var (destination, file) in IndicatorDownloads.Files(sv))
        {
            yield return new SiteDocument(destination) { Text = file.Make() };
        }
    }

    private static SiteDocument Page(string template, Page page) =>
        new(SitePaths.FileOf(page.Path)) { Template = template, Page = page };
}
