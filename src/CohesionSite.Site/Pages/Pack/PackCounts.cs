using CohesionSite.Analysis.Status;
using CohesionSite.Core.Model;

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
    public static IReadOnlyList<PackCountTable> Tables(ReportingStatus status) =>
    [
        Table("Actions by reported status", status.ActionsByStatus.Select(c => new PackCountRow(Labels.ActionStatus(c.Key), c.Count))),
        Table("Actions by RAG rating", status.ActionsByRag.Select(c => new PackCountRow(Labels.Rag(c.Key), c.Count))),
        Table($"Milestones at {status.AsOf.ToDisplay()}", status.Milestones.Select(c => new PackCountRow(Labels.MilestoneState(c.Key), c.Count))),
        Table("Indicators by what is reported", status.Indicators.Select(c => new PackCountRow(Labels.IndicatorState(c.Key), c.Count))),
    ];

    /// <summary>The summary's sentences: actions, milestones and indicators in words, each from the analysis' counts.</summary>
    public static IReadOnlyList<string> Sentences(ReportingStatus status, StrategyContent content)
    {
        var lines = new List<string>();
        var actions = status.ActionsByStatus.Sum(c => c.Count);
        if (actions == 0)
        {
            lines.Add("There are no actions to report on: the document has no action plan with actions in it.");
        }
        else if (!status.AnyActionReported)
        {
            // Nothing invented: a plan that reports no progress is said to, not shown as "not started".
            lines.Add($"No status and no RAG rating is reported for any of its {Labels.Count(actions, "action", "actions")}.");
        }
        else
        {
            lines.Add($"Of its {Labels.Count(actions, "action", "actions")}: {Join(status.ActionsByStatus.Where(c => c.Count > 0).Select(c => $"{c.Count} {Lower(Labels.ActionStatus(c.Key))}"))}.");
            lines.Add($"RAG ratings: {Join(status.ActionsByRag.Where(c => c.Count > 0).Select(c => $"{c.Count} {(c.Key is { } r ? r.ToString().ToLowerInvariant() : "not rated")}"))}.");
        }

        var milestones = status.Milestones.Sum(c => c.Count);
        if (milestones > 0)
        {
            var past = status.Milestones.First(c => c.Key == MilestoneState.Past).Count;
            lines.Add($"{Labels.Count(milestones, "milestone", "milestones")} at {status.AsOf.ToDisplay()}: "
                + Join(status.Milestones.Where(c => c.Count > 0).Select(c => $"{c.Count} {MilestoneWords(c.Key, c.Count)}"))
                + (past > 0 ? "." : "; none is past its due date."));
        }

        var indicators = status.Indicators.Sum(c => c.Count);
        if (indicators == 0)
        {
            lines.Add(content.Indicators.Count == 0 ? "It lists no indicators." : string.Empty);
        }
        else
        {
            lines.Add($"{Labels.Count(indicators, "indicator", "indicators")}: {Join(status.Indicators.Where(c => c.Count > 0).Select(c => $"{c.Count} {IndicatorWords(c.Key)}"))}; "
                + (status.WithoutTarget.Count == 0 ? "every one has a target." : $"{status.WithoutTarget.Count} without a target."));
        }

        return lines.Where(l => l.Length > 0).ToArray();
    }

    // The states inside a sentence ("4 past their due date").
    private static string MilestoneWords(MilestoneState state, int count) => state switch
    {
        MilestoneState.Done => "done",
        MilestoneState.Due => "still due",
        MilestoneState.Past => count == 1 ? "past its due date" : "past their due date",
        _ => "without a date",
    };

    private static string IndicatorWords(IndicatorState state) => state switch
    {
        IndicatorState.WithData => "with figures since the baseline",
        IndicatorState.BaselineOnly => "with a baseline only",
        _ => "with no baseline",
    };

    private static PackCountTable Table(string caption, IEnumerable<PackCountRow> rows)
    {
        var all = rows.ToArray();
        return new PackCountTable(caption, all, all.Sum(r => r.Count));
    }

    // "Red: very off track" reads as "red: very off track" inside a sentence.
    private static string Lower(string label) => label.Length > 0 ? char.ToLowerInvariant(label[0]) + label[1..] : label;

    private static string Join(IEnumerable<string> parts)
    {
        var p = parts.ToArray();
        return p.Length switch
        {
            0 => "none",
            1 => p[0],
            _ => string.Join(", ", p[..^1]) + " and " + p[^1],
        };
    }
}
