using System.Globalization;
using System.Text;
using CohesionSite.Analysis.Findings;
using CohesionSite.Core.Findings;

namespace CohesionSite.Rules.Reporting;

/// <summary>
/// A Markdown summary for a CI job summary or a pull-request comment: counts per severity, new and
/// resolved against the baseline, per-strategy counts, then the findings in <see cref="ReportSections"/>
/// order (errors, new since the baseline, the rest by rule in collapsed sections), each linked to its
/// YAML line (<c>{EditRoot}/{file}#L{line}</c>). Cell text is escaped so content cannot break the table.
/// </summary>
public static class MarkdownReportWriter
{
    /// <summary>The most findings listed in the table (a PR comment has a size limit); the rest are counted.</summary>
    public const int MaxRows = 500;

    /// <summary>Writes <paramref name="report"/>; <paramref name="editRoot"/> makes file links (plain text without it).</summary>
    public static string Write(GapReport report, string? editRoot) => Write(report, editRoot, SarifLimits.GitHub);

    /// <summary>Writes <paramref name="report"/>, saying how many findings the SARIF under <paramref name="limits"/> leaves out.</summary>
    public static string Write(GapReport report, string? editRoot, SarifLimits limits)
    {
        var s = new GapSummary(report);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"## Gap report (as of {report.AsOf})\n\n");
        var omitted = SarifRuns.Omitted(report, limits);
        if (omitted.Count > 0)
        {
            // The reviewer reading the job summary must know code scanning does not show everything.
            var detail = string.Join(", ", omitted.OrderByDescending(kv => kv.Key).Select(kv => $"{kv.Value} {ReportNames.Of(kv.Key)}"));
            sb.Append(CultureInfo.InvariantCulture,
                $"> **Code scanning shows {report.Findings.Count - omitted.Values.Sum()} of {report.Findings.Count} findings.** GitHub accepts at most {limits.ResultsPerRun:N0} results per run and {limits.RunsPerFile} runs per file, so the SARIF keeps the most severe and leaves out {omitted.Values.Sum()} ({detail}). The JSON report and this summary count them all.\n\n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"| errors | warnings | info | waived |{(report.HasBaseline ? " new | resolved |" : string.Empty)}\n");
        sb.Append(report.HasBaseline ? "| ---: | ---: | ---: | ---: | ---: | ---: |\n" : "| ---: | ---: | ---: | ---: |\n");
        sb.Append(CultureInfo.InvariantCulture, $"| {s.Errors} | {s.Warnings} | {s.Infos} | {s.Waived} |{(report.HasBaseline ? $" {s.New} | {s.Resolved} |" : string.Empty)}\n\n");
        if (s.ByStrategy.Count > 0)
        {
            sb.Append("| strategy | errors | warnings | info | waived |\n| --- | ---: | ---: | ---: | ---: |\n");
            foreach (var (strategy, (errors, warnings, infos, waived)) in s.ByStrategy)
            {
                sb.Append(CultureInfo.InvariantCulture, $"| {Cell(strategy.Length == 0 ? "(national)" : strategy)} | {errors} | {warnings} | {infos} | {waived} |\n");
            }

            sb.Append('\n');
        }

        if (report.Findings.Count == 0)
        {
            sb.Append("No findings.\n");
        }
        else
        {
            // The order a reviewer acts on: errors, then what this change added, then the rest by rule.
            var sections = new ReportSections(report);
            var budget = MaxRows;
            if (sections.Errors.Count > 0)
            {
                sb.Append(CultureInfo.InvariantCulture, $"### Errors ({sections.Errors.Count})\n\n");
                Table(sb, sections.Errors, editRoot, withRule: true, ref budget);
            }

            if (sections.New.Count > 0)
            {
                sb.Append(CultureInfo.InvariantCulture, $"### New since the baseline ({sections.New.Count})\n\n");
                Table(sb, sections.New, editRoot, withRule: true, ref budget);
            }

            if (sections.ByRule.Count > 0)
            {
                sb.Append(sections.Errors.Count + sections.New.Count > 0 ? "### Other findings, by rule\n\n" : "### Findings, by rule\n\n");
                sb.Append("| severity | rule | findings |\n| --- | --- | ---: |\n");
                foreach (var g in sections.ByRule)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"| {ReportNames.Of(g.Severity)} | `{Code(g.RuleId)}` {Cell(g.Title)} | {g.Findings.Count} |\n");
                }

                sb.Append('\n');
                foreach (var g in sections.ByRule)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"<details><summary>{ReportNames.Of(g.Severity)} <code>{Code(g.RuleId)}</code>: {Cell(g.Title)} ({g.Findings.Count})</summary>\n\n");
                    Table(sb, g.Findings, editRoot, withRule: false, ref budget);
                    sb.Append("</details>\n\n");
                }
            }

            var listed = MaxRows - budget;
            if (listed < report.Findings.Count)
            {
                sb.Append(CultureInfo.InvariantCulture, $"…and {report.Findings.Count - listed} more (see the JSON or SARIF report).\n\n");
            }
        }

        if (report.Resolved.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n<details><summary>Resolved since the baseline ({report.Resolved.Count})</summary>\n\n");
            foreach (var f in report.Resolved.Take(MaxRows))
            {
                sb.Append(CultureInfo.InvariantCulture, $"- `{Code(f.RuleId)}` {Cell(f.Strategy)} / {Cell(f.Target)}\n");
            }

            sb.Append("\n</details>\n");
        }

        return sb.ToString();
    }

    /// <summary>One table of findings, within what is left of the row budget.</summary>
    private static void Table(StringBuilder sb, IReadOnlyList<Finding> findings, string? editRoot, bool withRule, ref int budget)
    {
        if (budget <= 0)
        {
            return;
        }

        sb.Append(withRule ? "| severity | rule | strategy | target | where | message |\n| --- | --- | --- | --- | --- | --- |\n" : "| severity | strategy | target | where | message |\n| --- | --- | --- | --- | --- |\n");
        foreach (var f in findings.Take(budget))
        {
            var state = (f.Waived ? " (waived)" : string.Empty) + (f.BaselineState == BaselineState.New ? " **new**" : string.Empty);
            var rule = withRule ? $" `{Code(f.RuleId)}` |" : string.Empty;
            sb.Append(CultureInfo.InvariantCulture, $"| {ReportNames.Of(f.Severity)}{state} |{rule} {Cell(f.Strategy)} | {Cell(f.Target)} | {Link(f, editRoot)} | {Cell(f.Message)}{Members(f, editRoot)} |\n");
        }

        budget -= Math.Min(budget, findings.Count);
        sb.Append('\n');
    }

    private static string Link(Finding f, string? editRoot) => Link(f.Mark, editRoot);

    private static string Link(Core.Model.SourceMark mark, string? editRoot)
    {
        var where = $"{mark.File}:{mark.Line}";
        return editRoot is null || !mark.IsKnown
            ? Cell(where)
            : $"[{Cell(where)}]({editRoot.TrimEnd('/')}/{Uri.EscapeDataString(mark.File).Replace("%2F", "/", StringComparison.Ordinal)}#L{mark.Line})";
    }

    // One gap, one row: its members fold out inside the message cell (a table cell holds one line, so <br>).
    private static string Members(Finding f, string? editRoot) =>
        f.Members.Count == 0
            ? string.Empty
            : $"<details><summary>{f.Members.Count} left uncovered</summary>{string.Join("<br>", f.Members.Select(m => $"{Cell(m.TargetKind.Name())} {Cell(m.Target)} ({Cell(m.Title)}), {Link(m.Mark, editRoot)}"))}</details>";

    private static string Code(string text) => text.Replace("`", "'", StringComparison.Ordinal);

    /// <summary>Escapes what would end a cell or start markup; newlines become spaces.</summary>
    private static string Cell(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '|' or '\\' or '*' or '_' or '[' or ']' or '<' or '>' or '`' or '#' or '!':
                    sb.Append('\\').Append(c);
                    break;
                case '\r' or '\n':
                    sb.Append(' ');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }
}
