using CohesionSite.Site.Pipeline;

namespace CohesionSite.Site.Pages;

/// <summary>Home: every strategy with partnership, period, status and its gap summary.</summary>
internal static class HomePage
{
    public static Page Build(SiteModel model, Links links, string siteTitle) =>
        PageFactory.SitePage(links, model.Text, SitePaths.Home, siteTitle, new
        {
            Strategies = model.Strategies.Select(sv => new
            {
                Title = sv.PlaceTitle,
                sv.Content.Strategy.Subtitle,
                sv.Content.Strategy.Partnership,
                Kind = sv.NotAStrategy,
                sv.OwnerLabel,
                sv.Content.Strategy.Area,
                Url = sv.Url(),
                Period = Labels.Period(sv.Content.Strategy.Period, sv.Text),
                Status = Labels.Status(sv.Content.Strategy.Status, sv.Text),
                sv.Summary,
                GapsUrl = sv.Url("gaps"),
                Actions = sv.Content.Actions.Count,
                Indicators = sv.Content.Indicators.Count,
            }).ToArray(),
        }, model.Text["home.description"]);
}
