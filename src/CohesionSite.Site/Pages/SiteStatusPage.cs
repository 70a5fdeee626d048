using System.Text;
using CohesionSite.Analysis.Status;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;
using CohesionSite.Site.Charts;
using CohesionSite.Site.Pipeline;
using CohesionSite.Site.Rendering;

namespace CohesionSite.Site.Pages;

/// <summary>
/// Reporting status across every strategy: the totals as bars with their tables, then one row of
/// counts per strategy linking to its own status page, where every count lists its members. The
/// members are not repeated here: at a national body's scale (1,500 strategies) listing them made a
/// page of tens of megabytes that nobody could read; the row and its link are what this page is for.
/// </summary>
internal static class SiteStatusPage
{
    public static Page Build(SiteModel model, Links links, GapReport report)
    {
        var text = model.Text;
        var rows = model.Strategies.Select(sv => StrategyRow(sv, sv.Analysis.StatusAt(report.AsOfFor(sv.Id)))).ToArray();
        var sections = new[]
        {
            Totals(text, "site-status-indicators", text["site_status.indicators_h"], text["site_status.indicators_axis"],
                Enum.GetValues<IndicatorState>().Select(s => (Labels.IndicatorState(s, text), rows.Sum(r => r.Indicators[(int)s])))),
            Totals(text, "site-status-rag", text["site_status.rag_h"], text["site_status.actions_axis"],
                RagOrder.Select((rag, k) => (Labels.Rag(rag, text), rows.Sum(r => r.Rag[k])))),
            Totals(text, "site-status-milestones", text["site_status.milestones_h"], text["site_status.milestones_axis"],
                Enum.GetValues<MilestoneState>().Select(s => (Labels.MilestoneState(s, text), rows.Sum(r => r.Milestones[(int)s])))),
        };
        return PageFactory.SitePage(links, text, SitePaths.Status, text["site_status.title"], new
        {
            Sections = sections,
            Strategies = rows,
            IndicatorStates = Enum.GetValues<IndicatorState>().Select(s => Labels.IndicatorState(s, text)).ToArray(),
            RagStates = RagOrder.Select(rag => Labels.Rag(rag, text)).ToArray(),
            MilestoneStates = Enum.GetValues<MilestoneState>().Select(s => Labels.MilestoneState(s, text)).ToArray(),
        }, text["site_status.description"]);
    }

    // Red first: the order the strategy pages and the board pack use.
    private static readonly Rag?[] RagOrder = [Rag.Red, Rag.Amber, Rag.Green, null];

    private static SiteStatusRow StrategyRow(StrategyView sv, ReportingStatus status) => new(
        sv.PlaceTitle,
        sv.Has("status") ? sv.Url("status") : sv.Url(),
        Labels.Date(status.AsOf, sv.Text),
        status.AsOf.ToString(),
        [.. status.Indicators.Select(c => c.Count)],
        [.. RagOrder.Select(rag => status.ActionsByRag.First(c => c.Key == rag).Count)],
        [.. status.Milestones.Select(c => c.Count)],
        sv.Content.Actions.Count == 0);

    private static object Totals(Localization.UiText text, string id, string title, string axis, IEnumerable<(string Label, int Count)> counts)
    {
        var rows = counts.ToArray();
        var sb = new StringBuilder(2048);
        BarChart.RenderCounts(sb, text, id + "-chart", title, axis, rows);
        return new { Id = id, Title = title, Chart = new HtmlString(sb.ToString()), Rows = rows.Select(r => new { r.Label, r.Count }).ToArray() };
    }
}

/// <summary>One strategy's counts on the site-wide status page (indexed like the state enums and the RAG order).</summary>
/// <param name="Title">The strategy's title with its place.</param>
/// <param name="Url">Its status page (its overview when it has none).</param>
/// <param name="AsOf">The date it is counted at, in words.</param>
/// <param name="AsOfIso">That date as ISO 8601.</param>
/// <param name="Indicators">Indicators per <see cref="IndicatorState"/>.</param>
/// <param name="Rag">Actions rated red, amber, green, not rated.</param>
/// <param name="Milestones">Milestones per <see cref="MilestoneState"/>.</param>
/// <param name="NoPlan">True when it has no actions (its action and milestone cells say so instead of 0).</param>
internal sealed record SiteStatusRow(string Title, string Url, string AsOf, string AsOfIso, int[] Indicators, int[] Rag, int[] Milestones, bool NoPlan);
