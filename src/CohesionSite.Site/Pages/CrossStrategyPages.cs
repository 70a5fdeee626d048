using CohesionSite.Core.Findings;
using CohesionSite.Site.Pipeline;

namespace CohesionSite.Site.Pages;

/// <summary>
/// The pages that compare every strategy: reporting status of all, and the national framework
/// pages. One list for the full build and the preview alike (key <c>cross-strategy</c>).
/// </summary>
internal static class CrossStrategyPages
{
    public static IEnumerable<(string Template, Page Page)> Build(SiteModel model, Links links, GapReport report)
    {
        yield return ("status-all", SiteStatusPage.Build(model, links, report));
        foreach (var page in NationalPages.All(model, links))
        {
            yield return (TemplateOf(page.Path), page);
        }
    }

    private static string TemplateOf(string path) =>
        path == SitePaths.National ? "national"
        : path == SitePaths.NationalIndicators ? "national-indicators"
        : "national-framework";
}
