using CohesionSite.Analysis.Status;
using CohesionSite.Core.Model;
using CohesionSite.Site.Localization;

namespace CohesionSite.Site.Pages;

/// <summary>
/// The indicators index: one row per indicator linking to its own page, with what a reader scans
/// for (baseline, latest figure, target, whether it is on the line to its target, who is
/// responsible). Charts, tables of figures and metadata live on the indicator pages; drawing every
/// chart here made a page that repeated them all and grew with every figure.
/// </summary>
internal static class IndicatorsPage
{
    /// <summary>The index in the words of <paramref name="text"/>.</summary>
    public static Page Build(StrategyView sv, Pipeline.Links links, UiText text)
    {
        var c = sv.Content;
        var area = c.Strategy.Area;
        var model = new
        {
            Indicators = c.Indicators.Select(i =>
            {
                var e = sv.Effective(i);
                return new
                {
                    Anchor = Pipeline.Links.Anchor("indicator", i.Id),
                    PageUrl = sv.IndicatorUrl(i.Id),
                    e.Code,
                    i.Title,
                    i.Category,
                    Unit = i.Unit ?? text["labels.not_stated"],
                    Baseline = i.Baseline is { ToBeDetermined: true } ? text["indicators.to_be_determined"] : Figure(Given([i.Baseline]), area, text) ?? text["indicators.none_given"],
                    Latest = Figure(Given(i.Measurements), area, text) ?? text["indicators.none_yet"],
                    Target = Figure(Given(i.Targets), area, text) ?? text["indicators.none_given"],
                    Track = text[IndicatorTrack.Of(i, area, e.Direction) is { } track ? (track.OffTrack ? "indicators.behind" : "indicators.on_line") : "indicators.cannot_say"],
                    Owner = e.Owner ?? text["labels.not_stated"],
                };
            }).ToArray(),
            AnyCategory = c.Indicators.Any(i => i.Category is { Length: > 0 }),
            Downloads = Data.Downloads.For(sv, links, "indicator", text),
        };
        return PageFactory.StrategyPage(sv, links, "indicators", text["strategy_nav.indicators"], model, string.Join(" ", c.Indicators.Select(i => $"{sv.Effective(i).Code} {i.Title}")));
    }

    private static IEnumerable<DataPoint> Given(IEnumerable<DataPoint?> points) => points.Where(IndicatorStates.IsGiven).Cast<DataPoint>();

    // The latest of the figures, the strategy's own area first: "12% (2008)"; a figure for another
    // area only when there is none for its own, and then it says which ("12% (2008), Ward A").
    private static string? Figure(IEnumerable<DataPoint> points, string area, UiText text)
    {
        var byYear = points.OrderBy(p => Analysis.Periods.EndYear(p.Period)).ToArray();
        if (byYear.LastOrDefault(p => IndicatorTrack.IsOwn(p, area)) is { } own)
        {
            return IndicatorTrack.Describe(own);
        }

        return byYear.LastOrDefault() is { } other ? text.Format("indicators.other_area", IndicatorTrack.Describe(other), other.Area) : null;
    }
}
