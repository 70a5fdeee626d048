using CohesionSite.Core.Findings;
using CohesionSite.Site.Pipeline;

namespace CohesionSite.Site.Pages;

/// <summary>A strategy's reporting status: indicators, actions and milestones by state at its reporting date.</summary>
internal static class StatusPage
{
    public static Page Build(StrategyView sv, Links links, GapReport report)
    {
        var model = new
        {
            Status = StatusView.Build(sv, report.AsOfFor(sv.Id), 2, "status"),
            SiteStatusUrl = links.Url(SitePaths.Status),
        };
        return PageFactory.StrategyPage(sv, links, "status", sv.Text["status.title"], model);
    }
}
