using CohesionSite.Analysis.Status;
using CohesionSite.Core.Model;
using CohesionSite.Site.Localization;

namespace CohesionSite.Site.Pages.Pack;

/// <summary>One row of a count table in the board pack: what is counted and how many.</summary>
/// <param name="Label">The state in words ("Red: very off track", "Past its due date").</param>
/// <param name="Count">How many.</param>
public sealed record PackCountRow(string Label, int Count);

/// <summary>One count table of the board pack (actions by status, by RAG, milestones, indicators).</summary>
/// <param name="Caption">The table's caption.</param>
/// <param name="Rows">Its rows, in the analysis' order.</param>
/// <param name="Total">The sum of its rows.</param>
public sealed record PackCountTable(string Caption, IReadOnlyList<PackCountRow> Rows, int Total);

/// <summary>
/// The board pack's view of <see cref="ReportingStatus"/>: the analysis counts, this only words
/// them (no count is made here); the states' names are <see cref="Labels"/>' as on the status pages.
/// </summary>
internal static class PackCounts
{
    /// <summary>The count tables, in the order a board reads them: actions, milestones, indicators.</summary>
    public static IReadOnlyList<PackCountTable> Tables(ReportingStatus status, UiText text) =>
    [
        Table(text["pack.by_status"], status.ActionsByStatus.Select(c => new PackCountRow(Labels.ActionStatus(c.Key, text), c.Count))),
        Table(text["pack.by_rag"], status.ActionsByRag.Select(c => new PackCountRow(Labels.Rag(c.Key, text), c.Count))),
        Table(text.Format("pack.milestones_at", Labels.Date(status.AsOf, text)), status.Milestones.Select(c => new PackCountRow(Labels.MilestoneState(c.Key, text), c.Count))),
        Table(text["pack.indicators_by"], status.Indicators.Select(c => new PackCountRow(Labels.IndicatorState(c.Key, text), c.Count))),
    ];

    /// <summary>The summary's sentences: actions, milestones and indicators in words, each from the analysis' counts.</summary>
    public static IReadOnlyList<string> Sentences(ReportingStatus status, StrategyContent content, UiText text)
    {
        var lines = new List<string>();
        var actions = status.ActionsByStatus.Sum(c => c.Count);
        if (actions == 0)
        {
            lines.Add(text["pack.no_actions"]);
        }
        else if (!status.AnyActionReported)
        {
            // Nothing invented: a plan that reports no progress is said to, not shown as "not started".
            lines.Add(text.Plural("pack.not_reported", actions));
        }
        else
        {
            lines.Add(text.Plural("pack.of_its_actions", actions, Join(status.ActionsByStatus.Where(c => c.Count > 0).Select(c => text.Format("pack.count_state", c.Count, Lower(Labels.ActionStatus(c.Key, text)))), text)));
            lines.Add(text.Format("pack.rag_ratings", Join(status.ActionsByRag.Where(c => c.Count > 0).Select(c => text.Format("pack.count_state", c.Count, RagWord(c.Key, text))), text)));
        }

        var milestones = status.Milestones.Sum(c => c.Count);
        if (milestones > 0)
        {
            var past = status.Milestones.First(c => c.Key == MilestoneState.Past).Count;
            var states = Join(status.Milestones.Where(c => c.Count > 0).Select(c => text.Plural(MilestoneKey(c.Key), c.Count)), text);
            lines.Add(text.Plural(past > 0 ? "pack.milestones" : "pack.milestones_none_past", milestones, Labels.Date(status.AsOf, text), states));
        }

        var indicators = status.Indicators.Sum(c => c.Count);
        if (indicators == 0)
        {
            lines.Add(content.Indicators.Count == 0 ? text["pack.no_indicator_list"] : string.Empty);
        }
        else
        {
            lines.Add(text.Plural("pack.indicators", indicators,
                Join(status.Indicators.Where(c => c.Count > 0).Select(c => text.Format(IndicatorKey(c.Key), c.Count)), text),
                status.WithoutTarget.Count == 0 ? text["pack.every_target"] : text.Format("pack.without_target", status.WithoutTarget.Count)));
        }

        return lines.Where(l => l.Length > 0).ToArray();
    }

    // The states inside a sentence ("4 past their due date").
    private static string MilestoneKey(MilestoneState state) => state switch
    {
        MilestoneState.Done => "pack.milestone_done",
        MilestoneState.Due => "pack.milestone_due",
        MilestoneState.Past => "pack.milestone_past",
        _ => "pack.milestone_undated",
    };

    private static string IndicatorKey(IndicatorState state) => state switch
    {
        IndicatorState.WithData => "pack.indicator_with_data",
        IndicatorState.BaselineOnly => "pack.indicator_baseline_only",
        _ => "pack.indicator_no_baseline",
    };

    private static string RagWord(Rag? rag, UiText text) => rag switch
    {
        Rag.Red => text["pack.red"],
        Rag.Amber => text["pack.amber"],
        Rag.Green => text["pack.green"],
        _ => text["pack.not_rated"],
    };

    private static PackCountTable Table(string caption, IEnumerable<PackCountRow> rows)
    {
        var all = rows.ToArray();
        return new PackCountTable(caption, all, all.Sum(r => r.Count));
    }

    // "Red: very off track" reads as "red: very off track" inside a sentence.
    private static string Lower(string label) => label.Length > 0 ? char.ToLowerInvariant(label[0]) + label[1..] : label;

    // A list of counts; "none" when nothing is counted.
    private static string Join(IEnumerable<string> parts, UiText text)
    {
        var p = parts.ToArray();
        return p.Length == 0 ? text["pack.none"] : GapPublicSummary.Join(p, text);
    }
}
