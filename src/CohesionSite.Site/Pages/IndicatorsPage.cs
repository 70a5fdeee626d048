using CohesionSite.Core.Model;
using CohesionSite.Site.Charts;

namespace CohesionSite.Site.Pages;

/// <summary>Indicators: an accessible SVG chart with the data table beside it, unit, direction, source and owner.</summary>
internal static class IndicatorsPage
{
    public static Page Build(StrategyView sv, Pipeline.Links links)
    {
        var c = sv.Content;
        var model = new
        {
            Indicators = c.Indicators.Select(i => new
            {
                Anchor = Pipeline.Links.Anchor("indicator", i.Id),
                PageUrl = sv.IndicatorUrl(i.Id),
                i.Code,
                i.Title,
                i.Category,
                Unit = i.Unit ?? "Not stated",
                Direction = Labels.Direction(sv.Analysis.DirectionOf(i)),
                Survey = i.Survey ?? "Not stated",
                Owner = i.Owner ?? (i.OwnerPartners.Count > 0 ? sv.PartnerNames(i.OwnerPartners) : "Not stated"),
                National = i.National is { } n && sv.National.IndicatorById.TryGetValue(n, out var ni) ? $"{ni.Code}: {ni.Title}" : null,
                Chart = IndicatorChart.Render(i, Pipeline.Links.Anchor("chart", i.Id), sv.Analysis.DirectionOf(i).Direction),
                // Only what the source says: "to be determined" when it says so, never for a baseline it does not give.
                BaselineTbd = i.Baseline is { ToBeDetermined: true },
                Rows = Rows(i).ToArray(),
                i.Note,
                Outcomes = i.Outcomes.Select(o => new { Title = c.OutcomeById.TryGetValue(o, out var oc) ? oc.Title : o, Url = sv.Url("outcomes", "outcome", o) }).ToArray(),
                Actions = c.Actions.Where(a => a.Indicators.Contains(i.Id)).Select(a => new { Ref = a.Id, Url = sv.ActionUrl(a.Id) }).ToArray(),
            }).ToArray(),
            Downloads = Data.Downloads.For(sv, links, "indicator"),
        };
        return PageFactory.StrategyPage(sv, links, "indicators", "Indicators", model, string.Join(" ", c.Indicators.Select(i => $"{i.Code} {i.Title}")));
    }

    internal static IEnumerable<object> Rows(Indicator i)
    {
        if (i.Baseline is { } b)
        {
            yield return Row("Baseline", b);
        }
        else
        {
            yield return new { Kind = "Baseline", Period = string.Empty, Area = string.Empty, Value = "None given in the source", Note = string.Empty };
        }

        foreach (var m in i.Measurements)
        {
            yield return Row("Measurement", m);
        }

        foreach (var t in i.Targets)
        {
            yield return Row("Target", t);
        }
    }

    private static object Row(string kind, DataPoint p) => new
    {
        Kind = kind,
        Period = p.Period ?? string.Empty,
        Area = p.Area ?? string.Empty,
        Value = IndicatorChart.ValueText(p),
        Note = p.Note ?? string.Empty,
    };
}
