using System.Globalization;
using System.Text;
using CohesionSite.Analysis.Findings;
using CohesionSite.Core.Findings;

namespace CohesionSite.Rules.Reporting;

/// <summary>
/// The terminal summary, in the order a reviewer acts on it (<see cref="ReportSections"/>): errors,
/// then what is new since the baseline, then the rest grouped by rule with counts, then what was
/// resolved, per-strategy counts and a total. Each finding is one compiler-style line
/// (<c>file:line:column: severity: message</c>) that editors and CI logs turn into a link and grep
/// can find whole. Lines are wrapped only when a terminal width is given (never in files or pipes),
/// and coloured only when asked.
/// </summary>
public static class TextReportWriter
{
    private const string Indent = "  ";
    private const string Continuation = "      ";

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>; <paramref name="width"/> is the terminal's width, or null to never wrap.</summary>
    public static void Write(GapReport report, TextWriter output, bool colour, int? width = null)
    {
        var w = new Lines(output, colour, width);
        var sections = new ReportSections(report);
        var summary = new GapSummary(report);
        w.Section($"Errors: {sections.Errors.Count}", Severity.Error, sections.Errors);
        w.Section($"New since the baseline: {sections.New.Count}", null, sections.New);
        if (sections.ByRule.Count > 0)
        {
            w.Heading(sections.Errors.Count + sections.New.Count > 0 ? "Other findings, by rule" : "Findings, by rule", null);
            foreach (var group in sections.ByRule)
            {
                w.RuleHeading(group);
                foreach (var f in group.Findings)
                {
                    w.Finding(f, withRule: false);
                }
            }

            w.Blank();
        }

        if (report.Resolved.Count > 0)
        {
            w.Heading($"Resolved since the baseline: {report.Resolved.Count}", null);
            foreach (var f in report.Resolved)
            {
                w.Line($"{Indent}{w.Paint("resolved", "32")} {f.RuleId} {Place(f)}", Continuation);
            }

            w.Blank();
        }

        if (summary.ByStrategy.Count > 0)
        {
            w.Heading("Per strategy", null);
            var nameWidth = summary.ByStrategy.Max(s => Name(s.Strategy).Length);
            foreach (var (strategy, (errors, warnings, infos, waived)) in summary.ByStrategy)
            {
                w.Line($"{Indent}{Name(strategy).PadRight(nameWidth)}  {Counts(errors, warnings, infos, waived)}", Continuation);
            }

            w.Blank();
        }

        var baseline = report.HasBaseline ? $"; {summary.New} new, {summary.Unchanged} unchanged, {summary.Resolved} resolved" : string.Empty;
        var strategies = ExitReason.Plural(summary.ByStrategy.Count, "strategy", "strategies");
        w.Line(
            summary.Total == 0
                ? $"No findings, as of {report.AsOf}{baseline}"
                : $"Total: {ExitReason.Plural(summary.Total, "finding")} in {strategies} ({Counts(summary.Errors, summary.Warnings, summary.Infos, summary.Waived)}), as of {report.AsOf}{baseline}",
            Continuation);
    }

    private static string Name(string strategy) => strategy.Length == 0 ? "(national)" : strategy;

    private static string Place(Finding f) => f.Strategy.Length == 0 ? f.Target : $"{f.Strategy}/{f.Target}";

    private static string Counts(int errors, int warnings, int infos, int waived) =>
        $"{ExitReason.Plural(errors, "error")}, {ExitReason.Plural(warnings, "warning")}, {infos.ToString(CultureInfo.InvariantCulture)} info{(waived > 0 ? $", {waived.ToString(CultureInfo.InvariantCulture)} waived" : string.Empty)}";

    /// <summary>Writes lines, painting and wrapping them as configured.</summary>
    private sealed class Lines(TextWriter output, bool colour, int? width)
    {
        /// <summary>A heading and one line per finding (with its rule); nothing when there are none.</summary>
        public void Section(string heading, Severity? severity, IReadOnlyList<Finding> findings)
        {
            if (findings.Count == 0)
            {
                return;
            }

            Heading(heading, severity);
            foreach (var f in findings)
            {
                Finding(f, withRule: true);
            }

            Blank();
        }

        public void Heading(string text, Severity? severity) =>
            output.WriteLine(Paint(text, severity is { } s ? "1;" + Code(s) : "1"));

        public void RuleHeading(RuleGroup group) =>
            Line($"{Indent}{Paint(ReportNames.Of(group.Severity), Code(group.Severity))} {group.RuleId} ({group.Title}): {group.Findings.Count.ToString(CultureInfo.InvariantCulture)}", Continuation);

        public void Finding(Finding f, bool withRule)
        {
            var tags = new StringBuilder();
            if (withRule)
            {
                tags.Append(" [").Append(f.RuleId).Append(']');
            }

            if (f.Waived)
            {
                tags.Append(" (waived)");
            }

            if (f.BaselineState is { } b)
            {
                tags.Append(" (").Append(ReportNames.Of(b)).Append(')');
            }

            var indent = withRule ? Indent : Indent + Indent;
            Line($"{indent}{f.Mark}: {Paint(ReportNames.Of(f.Severity), Code(f.Severity))}: {f.Message}{tags}", Continuation + (withRule ? string.Empty : Indent));
            foreach (var m in f.Members)
            {
                // One finding, its list under it: each member with its own place to jump to.
                Line($"{indent}  - {m.Mark}: {m.TargetKind.Name()} {m.Target} ({m.Title})", Continuation + Indent + (withRule ? string.Empty : Indent));
            }
        }

        public void Blank() => output.WriteLine();

        /// <summary>One logical line: whole when there is no width, else wrapped at spaces with a hanging indent.</summary>
        public void Line(string text, string hanging)
        {
            if (width is not { } max || Visible(text) <= max)
            {
                output.WriteLine(text);
                return;
            }

            // The line's own indent stays; only the words after it are wrapped.
            var indent = text.Length - text.TrimStart(' ').Length;
            var line = new StringBuilder(text[..indent]);
            var visible = indent;
            foreach (var word in text[indent..].Split(' '))
            {
                var length = Visible(word);
                if (visible > hanging.Length && visible + 1 + length > max)
                {
                    output.WriteLine(line.ToString());
                    line.Clear().Append(hanging);
                    visible = hanging.Length;
                }
                else if (visible > indent)
                {
                    line.Append(' ');
                    visible++;
                }

                line.Append(word);
                visible += length;
            }

            output.WriteLine(line.ToString());
        }

        public string Paint(string text, string code) => colour ? $"\u001b[{code}m{text}\u001b[0m" : text;

        private static string Code(Severity severity) => severity switch
        {
            Severity.Error => "31",
            Severity.Warning => "33",
            _ => "34",
        };

        /// <summary>Length without colour codes.</summary>
        private static int Visible(string text)
        {
            var n = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\u001b')
                {
                    while (i < text.Length && text[i] != 'm')
                    {
                        i++;
                    }

                    continue;
                }

                n++;
            }

            return n;
        }
    }
}
