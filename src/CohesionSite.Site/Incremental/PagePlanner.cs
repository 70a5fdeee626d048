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
        foreach (var (template, page) in Pages(context, model, context.Links, model.Strategies, keys))
        {
            yield return Mirror.MirrorPages.Document(template, Mirror.MirrorPages.Paired(context, page));
        }

        if (keys.Contains(DependencyKeys.Listing))
        {
            yield return new SiteDocument("404.html") { Template = "notfound", Page = SitePages.NotFound(model, context.Links), InSitemap = false };
        }

        foreach (var sv in model.Strategies.Where(s => keys.Contains(DependencyKeys.Strategy(s.Id))))
        {
            foreach (var doc in DataFiles(sv, context))
            {
                yield return doc;
            }
        }

        // A mirror's pages depend on the same keys as their twins.
        foreach (var mirror in context.Mirrors)
        {
            var strategies = mirror.Model.Strategies.Where(s => mirror.Strategies.Contains(s.Id)).ToArray();
            foreach (var (template, page) in Pages(context, mirror.Model, mirror.Links, strategies, keys))
            {
                yield return Mirror.MirrorPages.Document(template, Mirror.MirrorPages.Placed(context, mirror, page));
            }
        }
    }

    // The pages of one language the keys touch, as the make-pages stage builds them.
    private static IEnumerable<(string Template, Page Page)> Pages(SiteContext context, SiteModel model, Links links, IReadOnlyList<StrategyView> strategies, IReadOnlySet<string> keys)
    {
        if (keys.Contains(DependencyKeys.Summaries))
        {
            yield return ("home", HomePage.Build(model, links, context.Settings.TitleIn(model.Text.Language).Title));
        }

        if (keys.Contains(DependencyKeys.Listing))
        {
            yield return ("data", SitePages.Data(model, links, context.Settings.DataLicence));
        }

        if (keys.Contains(DependencyKeys.CrossStrategy))
        {
            foreach (var page in CrossStrategyPages.Build(model, links, context.Report))
            {
                yield return page;
            }
        }

        foreach (var sv in strategies.Where(s => keys.Contains(DependencyKeys.Strategy(s.Id))))
        {
            foreach (var page in StrategyPages.Build(sv, links, context.Report, context.Settings.EditRoot, model.Text, context.Today))
            {
                yield return page;
            }
        }
    }

    // A strategy's downloads: one file each, in no language.
    private static IEnumerable<SiteDocument> DataFiles(StrategyView sv, SiteContext context)
    {
        foreach (var file in DataExports.Files(sv, context.Settings.DataLicence))
        {
            yield return new SiteDocument(SitePaths.DataFile(sv.Id, file.Name)) { Text = file.Make() };
        }

        foreach (var (destination, file) in IndicatorDownloads.Files(sv))
        {
            yield return new SiteDocument(destination) { Text = file.Make() };
        }
    }
}
