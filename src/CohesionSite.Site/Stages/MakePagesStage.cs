using CohesionSite.Site.Pages;
using CohesionSite.Site.Pipeline;

namespace CohesionSite.Site.Stages;

/// <summary>Makes one document per page: home, every section of every strategy, and the site-wide pages.</summary>
public sealed class MakePagesStage : ISetStage
{
    /// <inheritdoc/>
    public string Name => "make-pages";

    /// <inheritdoc/>
    public void Execute(SiteContext context)
    {
        var model = context.Model ?? throw new InvalidOperationException("read-model must run first");
        // The site's own pages, each paired with its twins; then each mirror's, placed under its folder.
        context.Documents.AddRange(Build(context, model, context.Links, model.Strategies)
            .Select(p => Mirror.MirrorPages.Document(p.Template, Mirror.MirrorPages.Paired(context, p.Page))));
        foreach (var mirror in context.Mirrors)
        {
            var strategies = mirror.Model.Strategies.Where(s => mirror.Strategies.Contains(s.Id)).ToArray();
            context.Documents.AddRange(Build(context, mirror.Model, mirror.Links, strategies)
                .Select(p => Mirror.MirrorPages.Document(p.Template, Mirror.MirrorPages.Placed(context, mirror, p.Page))));
        }

        // The 404 page is served at any URL: its links are root-relative (they all start with LinkRoot) and it is not in the sitemap.
        context.Documents.Add(new SiteDocument("404.html") { Template = "notfound", Page = SitePages.NotFound(model, context.Links), InSitemap = false });
    }

    // Every page of one language: home, the pages of the given strategies, the site-wide pages.
    private static List<(string Template, Page Page)> Build(SiteContext context, SiteModel model, Links links, IReadOnlyList<StrategyView> strategies)
    {
        var pages = new List<(string Template, Page Page)>
        {
            ("home", HomePage.Build(model, links, context.Settings.TitleIn(model.Text.Language).Title)),
        };
        // Page models read only the immutable model: strategies are built in parallel and added in order.
        var built = new (string Template, Page Page)[strategies.Count][];
        Parallel.For(0, strategies.Count, new ParallelOptions { MaxDegreeOfParallelism = context.Parallelism }, i =>
        {
            built[i] = [.. StrategyPages.Build(strategies[i], links, context.Report, context.Settings.EditRoot, model.Text, context.Today)];
        });
        foreach (var strategyPages in built)
        {
            pages.AddRange(strategyPages);
        }

        pages.AddRange(CrossStrategyPages.Build(model, links, context.Report));
        pages.Add(("search", SitePages.Search(model, links)));
        pages.Add(("data", SitePages.Data(model, links, context.Settings.DataLicence)));
        pages.Add(("accessibility", AccessibilityStatement.Build(context.Settings, model, links, context.Today)));
        return pages;
    }
}
