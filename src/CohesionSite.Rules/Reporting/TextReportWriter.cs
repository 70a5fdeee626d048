using CohesionSite.Core.Findings;
using Spectre.Console;

namespace CohesionSite.Rules.Reporting;

/// <summary>
/// The terminal summary: findings grouped by strategy and rule, then counts per severity.
/// Colour only when asked (the CLI asks when standard output is a terminal and no file is written).
/// </summary>
public static class TextReportWriter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    public static void Write(GapReport report, TextWriter output, bool colour)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = colour ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });

        // A fixed width keeps a written file the same whatever terminal produced it.
        console.Profile.Width = 120;
        var summary = new ReportSummary(report);
        var rules = report.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var strategy in report.Findings.GroupBy(f => f.Strategy, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var counts = summary.ByStrategy.First(s => s.Strategy == strategy.Key);
            console.MarkupLine($"[bold]{Markup.Escape(strategy.Key.Length == 0 ? "(national)" : strategy.Key)}[/]: {Counts(counts.Errors, counts.Warnings, counts.Infos, counts.Waived)}");
            foreach (var rule in strategy.GroupBy(f => f.RuleId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var title = rules.TryGetValue(rule.Key, out var info) ? info.Title : rule.Key;
                var severity = rule.First().Severity;
                console.MarkupLine($"  [{Colour(severity)}]{ReportNames.Of(severity)}[/] [bold]{Markup.Escape(rule.Key)}[/] ({Markup.Escape(title)}): {rule.Count()}");
                foreach (var f in rule)
                {
                    var tags = (f.Waived ? " [grey](waived)[/]" : string.Empty) + (f.BaselineState is { } b ? $" [grey]({ReportNames.Of(b)})[/]" : string.Empty);
                    console.MarkupLine($"    {Markup.Escape(f.Mark.ToString())}: {Markup.Escape(f.Message)}{tags}");
                    foreach (var m in f.Members)
                    {
                        // One finding, its list under it: each member with its own place to jump to.
                        console.MarkupLine($"      - {Markup.Escape(m.Mark.ToString())}: {Markup.Escape(m.TargetKind)} {Markup.Escape(m.Target)} ({Markup.Escape(m.Title)})");
                    }
                }
            }

            console.WriteLine();
        }

        if (report.Resolved.Count > 0)
        {
            console.MarkupLine($"[bold]resolved since the baseline[/]: {report.Resolved.Count}");
            foreach (var f in report.Resolved)
            {
                console.MarkupLine($"    [green]resolved[/] {Markup.Escape(f.RuleId)} {Markup.Escape(f.Strategy)}/{Markup.Escape(f.Target)}");
            }

            console.WriteLine();
        }

        var table = new Table().Border(TableBorder.Simple).AddColumn("severity").AddColumn(new TableColumn("findings").RightAligned());
        table.AddRow(new Markup($"[{Colour(Severity.Error)}]error[/]"), new Text(summary.Errors.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        table.AddRow(new Markup($"[{Colour(Severity.Warning)}]warning[/]"), new Text(summary.Warnings.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        table.AddRow(new Markup($"[{Colour(Severity.Info)}]info[/]"), new Text(summary.Infos.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        table.AddRow(new Text("waived"), new Text(summary.Waived.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        console.Write(table);
        var baseline = report.HasBaseline ? $"; {summary.New} new, {summary.Unchanged} unchanged, {summary.Resolved} resolved" : string.Empty;
        console.MarkupLine($"{summary.Total} finding{(summary.Total == 1 ? string.Empty : "s")} in {summary.ByStrategy.Count} strateg{(summary.ByStrategy.Count == 1 ? "y" : "ies")} as of {report.AsOf}{baseline}");
    }

    private static string Counts(int errors, int warnings, int infos, int waived) =>
        $"{errors} error{(errors == 1 ? string.Empty : "s")}, {warnings} warning{(warnings == 1 ? string.Empty : "s")}, {infos} info{(waived > 0 ? $", {waived} waived" : string.Empty)}";

    private static string Colour(Severity severity) => severity switch
    {
        Severity.Error => "red",
        Severity.Warning => "yellow",
        _ => "blue",
    };
}
