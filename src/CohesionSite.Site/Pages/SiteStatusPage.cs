using CohesionSite.Core.Findings;
using CohesionSite.Site.Pipeline;

namespace CohesionSite.Site.Pages;

/// <summary>Reporting status of every strategy side by side, each counted at its own reporting date.</summary>
internal static class SiteStatusPage
{
    public static Page Build(SiteModel model, Links links, GapReport report)
    {
        var page = PageFactory.SitePage(links, SitePaths.Status, "Reporting status of every strategy", new
        {
            Strategies = model.Strategies.Select(sv => new
            {
                Anchor = Links.Anchor("status", sv.Id),
                Title = sv.PlaceTitle,
                Url = sv.Has("status") ? sv.Url("status") : null,
                Status = StatusView.Build(sv, report.AsOfFor(sv.Id), 3, Links.Anchor("status", sv.Id)),
            }).ToArray(),
        }, "How many indicators have data, how many actions are on track and how many milestones are past their date, for every strategy");
        return page;
    }
}
