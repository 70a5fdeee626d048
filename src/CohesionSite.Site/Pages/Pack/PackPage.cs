using CohesionSite.Analysis.Findings;
using CohesionSite.Analysis.Status;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;
using CohesionSite.Site.Charts;

namespace CohesionSite.Site.Pages.Pack;

/// <summary>
/// The board pack: one printable document per strategy for its partnership board — cover, summary,
/// RAG and status counts, milestones past due, the indicators with small trend charts, the main gaps
/// and what changed since the last pack. Every count is the analysis' <see cref="ReportingStatus"/>
/// at the strategy's reporting date; the gaps are the gap page's public lines.
/// </summary>
internal static class PackPage
{
    /// <summary>The pack's section segment (<c>strategies/{id}/pack/</c>).</summary>
    public const string Segment = "pack";

    /// <summary>The pack's print stylesheet (an asset of its own, so site.css keeps only the site's rules).</summary>
    public const string Stylesheet = "assets/pack.css";

    /// <summary>The URL of a strategy's pack (every strategy has one).</summary>
    public static string Url(StrategyView sv) => sv.Url(Segment);

    public static Page Build(StrategyView sv, Pipeline.Links links, GapReport report, DateOnly made)
    {
        var c = sv.Content;
        var text = sv.Text;
        var asOf = report.AsOfFor(sv.Id);
        var status = sv.Analysis.StatusAt(asOf);
        var rules = report.Rules.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var madeText = Labels.Date(new PartialDate(made.Year, made.Month, made.Day, DatePrecision.Day), text);
        var gapsUrl = sv.Url("gaps");
        var counts = PackCounts.Tables(status, text);
        var model = new
        {
            OwnerLabel = sv.OwnerLabel,
            c.Strategy.Partnership,
            Period = Labels.Period(c.Strategy.Period, text),
            Status = Labels.Status(c.Strategy.Status, text),
            AsOf = Labels.Date(asOf, text),
            AsOfAt = Labels.DateAt(asOf, text),
            AsOfIso = asOf.ToString(),
            Made = madeText,
            MadeIso = made.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            DocumentKind = sv.NotAStrategy,
            Plan = GapPublicSummary.PlanSentence(c, text),
            Summary = PackCounts.Sentences(status, c, text),
            GapTotals = GapPublicSummary.Totals(sv.Summary, text),
            Counts = counts,
            // A table of noughts says nothing a sentence does not: only tables with something in them are shown.
            Counted = counts.Sum(t => t.Total),
            Kind = Labels.DocumentNoun(c.Strategy, text),
            ActionsReported = status.AnyActionReported,
            ActionCount = c.Actions.Count,
            PastCaption = text.Plural("pack.past_caption", status.Milestones.First(m => m.Key == MilestoneState.Past).Count, Labels.Date(asOf, text)),
            PastDue = status.Milestones.First(m => m.Key == MilestoneState.Past).Members.Select(m =>
            {
                var view = MilestoneView.Of(m.Milestone, text);
                return new
                {
                    Ref = m.Action.Id,
                    Url = sv.ActionUrl(m.Action.Id),
                    Action = m.Action.Text,
                    Milestone = view.Text.Length > 0 ? view.Text : m.Milestone.Text,
                    view.Due,
                    view.Iso,
                    Lead = sv.PartnerNames(m.Action.Leads),
                };
            }).ToArray(),
            Indicators = c.Indicators.Select(i => new
            {
                Label = i.Code is { Length: > 0 } code ? $"{code}: {i.Title}" : i.Title,
                Url = sv.IndicatorUrl(i.Id),
                Reported = Labels.IndicatorState(IndicatorStates.Of(i), text),
                Baseline = i.Baseline is { } b ? IndicatorChart.ValueText(b, text) + (b.Period is { Length: > 0 } p ? $" ({p})" : string.Empty) : text["pack.none_given"],
                Targets = i.Targets.Count == 0 ? text["pack.none_given"] : string.Join("; ", i.Targets.Select(t => IndicatorChart.ValueText(t, text) + (t.Period is { Length: > 0 } p ? $" ({p})" : string.Empty))),
                // The same chart as the indicators page, drawn small by the pack's stylesheet.
                Chart = IndicatorChart.Render(i, Pipeline.Links.Anchor("pack-chart", i.Id), sv.Analysis.DirectionOf(i).Direction, text),
            }).ToArray(),
            Gaps = GapPublicSummary.Items(c, sv.Findings, rules, text).Select(g => new { g.Title, g.Count, g.Why, g.Severity, Url = gapsUrl + "#" + g.Anchor }).ToArray(),
            GapsUrl = gapsUrl,
            GapsIntro = HtmlText.Format(text["pack.gaps_intro"], HtmlText.Link(gapsUrl, text["pack.gaps_link"])),
            NoBaseline = HtmlText.Format(text["pack.no_baseline"], "<code>cohesion check --format json --out last.json</code>", "<code>cohesion pack --baseline last.json</code>"),
            Changes = PackChanges.Of(report, sv.Findings, sv.Id),
        };
        var page = PageFactory.StrategyPage(sv, links, Segment, text["pack.title"], model);
        return new Page
        {
            Title = page.Title,
            Heading = page.Heading,
            Caption = page.Caption,
            Path = page.Path,
            Description = text.Format("pack.description", sv.PlaceTitle, Labels.Date(asOf, text)),
            Breadcrumbs = page.Breadcrumbs,
            Strategy = page.Strategy,
            Updated = page.Updated,
            Historic = page.Historic,
            Model = model,
            SourceNotes = page.SourceNotes,
            Styles = [Stylesheet],
            HeadStyle = PackRunningHeads.Style(text.Format("pack.head_title", sv.PlaceTitle), text.Format("pack.head_as_of", Labels.Date(asOf, text)), text.Format("pack.head_made", madeText)),
        };
    }
}
