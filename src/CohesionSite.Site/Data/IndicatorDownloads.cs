using CohesionSite.Core.Model;
using CohesionSite.Site.Pages;
using CohesionSite.Site.Pipeline;

namespace CohesionSite.Site.Data;

/// <summary>
/// The downloads on each indicator's page, written into that page's folder
/// (<c>strategies/x/indicators/ni-1/x-ni-1.csv</c>), so they belong to the strategy like its pages do.
/// </summary>
internal static class IndicatorDownloads
{
    /// <summary>Every indicator file of <paramref name="sv"/> with where it is written.</summary>
    public static IEnumerable<(string Destination, DataFile File)> Files(StrategyView sv) =>
        sv.Content.Indicators.SelectMany(i => Of(sv, i));

    /// <summary>The links on the page of <paramref name="indicator"/>, CSV first, each naming the place, the file and its size.</summary>
    /// <param name="sv">The strategy.</param>
    /// <param name="links">Link maker.</param>
    /// <param name="indicator">The indicator.</param>
    /// <param name="text">The page's interface text (English when none is given).</param>
    public static IReadOnlyList<DownloadLink> Links(StrategyView sv, Pipeline.Links links, Indicator indicator, Localization.UiText? text = null) =>
        Of(sv, indicator).Select(x => new DownloadLink(
            links.Url(x.Destination),
            Downloads.LinkText(sv, x.File, text ?? sv.Text),
            x.File.Name)).ToArray();

    private static IEnumerable<(string Destination, DataFile File)> Of(StrategyView sv, Indicator i)
    {
        var name = sv.IndicatorSegments.Of(i.Id)!;
        return DataExports.OfIndicator(sv, i, name).Select(f => (SitePaths.Entity(sv.Id, "indicators", name) + f.Name, f));
    }
}
