using System.CommandLine;
using System.Diagnostics;
using CohesionSite.Content;
using CohesionSite.Core.Diagnostics;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;
using CohesionSite.Rules.Reporting;
using CohesionSite.Workspace;

namespace CohesionSite.Cli.Commands;

/// <summary>
/// <c>cohesion check</c>: runs the gap rules and writes the gap report (text, JSON, SARIF or
/// Markdown). Exit 0 when nothing unwaived is at or above the fail level, 1 when something is,
/// 2 when the content, the rules, the baseline or the command line is wrong.
/// </summary>
internal static class CheckCommand
{
    private static readonly string[] Formats = ["text", "json", "sarif", "markdown"];
    private static readonly string[] Levels = ["error", "warning", "info", "none"];

    public static Command Create()
    {
        var config = CommonOptions.Config();
        var content = CommonOptions.Content();
        var strategy = CommonOptions.Strategy();
        var format = CommonOptions.Choice("--format", "Output format: text, json, sarif or markdown", "text", Formats);
        var output = CommonOptions.Out("Write the report to this file instead of standard output");
        var failLevel = CommonOptions.Choice("--fail-level", "Exit 1 when an unwaived finding is at or above this severity: error, warning, info or none", "error", Levels);
        var baseline = new Option<string?>("--baseline") { Description = "An earlier JSON report: mark each finding new, unchanged or resolved" };
        var asOf = new Option<string?>("--as-of") { Description = "Judge every strategy at this date (yyyy, yyyy-MM or yyyy-MM-dd) instead of each at its own reporting date" };
        var timings = new Option<bool>("--timings") { Description = "Print load, facts and evaluation times to standard error" };
        var command = new Command("check", "Run the gap rules over the content and write the gap report")
        {
            config, content, strategy, format, output, failLevel, baseline, asOf, timings,
        };
        command.SetAction(parse => Run(new Request(
            parse.GetValue(config), parse.GetValue(content), parse.GetValue(strategy) ?? [], parse.GetValue(format)!, parse.GetValue(output),
            parse.GetValue(failLevel)!, parse.GetValue(baseline), parse.GetValue(asOf), parse.GetValue(timings))));
        return command;
    }

    private static int Run(Request request)
    {
        var clock = Stopwatch.StartNew();
        var ws = WorkspaceConsole.Open(request.Config, request.Content, null, Console.Error);
        if (ws is null)
        {
            return ExitCodes.BadInput;
        }

        PartialDate? runDate = null;
        if (request.AsOf is { } asOfText)
        {
            if (!PartialDate.TryParse(asOfText, out var parsed))
            {
                Console.Error.WriteLine($"error: --as-of '{asOfText}' is not a date; write yyyy, yyyy-MM or yyyy-MM-dd");
                return ExitCodes.BadInput;
            }

            runDate = parsed;
        }

        // Reading, checking and compiling the catalogue into the NRules network is its own figure in
        // --timings. It needs nothing from the content, so it runs while the content loads (a cold
        // compile is mostly one thread's JIT); its problems are still printed first, and a bad
        // catalogue still stops the command before anything about the content is said.
        var compiling = Task.Run(() => GapRules.Load(ws, runDate));
        var loaded = ws.Load(request.Strategies);
        var catalogue = compiling.GetAwaiter().GetResult();
        WorkspaceConsole.Print(catalogue.Diagnostics, Console.Error);
        if (catalogue.Rules is not { } rules)
        {
            return ExitCodes.BadInput;
        }

        // Integrity problems become findings of the integrity rules; only structural errors are printed here.
        WorkspaceConsole.Print(loaded.Diagnostics.Where(d => !DiagnosticCodes.Integrity.Contains(d.Code)).ToArray(), Console.Error);
        if (loaded.Content is null)
        {
            Console.Error.WriteLine("check stopped: the content could not be read; fix the errors above");
            return ExitCodes.BadInput;
        }

        var loadTime = clock.Elapsed;
        var gaps = rules.Check(loaded.Content, loaded.Diagnostics);
        if (gaps.Run is not { } run)
        {
            Console.Error.WriteLine(gaps.RuleError);
            return ExitCodes.BadInput;
        }

        var report = run.Report;
        if (request.Baseline is { } baselinePath)
        {
            try
            {
                // Like with like: a run over some strategies compares with those strategies' part of the baseline only.
                var earlier = Baseline.Read(File.ReadAllText(baselinePath), baselinePath);
                report = Baseline.Apply(report, request.Strategies.Length == 0 ? earlier : Baseline.Only(earlier, request.Strategies));
            }
            catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine(e is FormatException ? $"error: {e.Message}" : $"{baselinePath}: error: cannot read the baseline: {e.Message}");
                return ExitCodes.BadInput;
            }
        }

        if (request.Out is { } path)
        {
            // A JSON report goes to the file as the writer's bytes: at 100k findings a string of it costs more than writing it.
            if (request.Format == "json")
            {
                AtomicFile.Write(path, JsonReportWriter.WriteUtf8(report));
            }
            else
            {
                AtomicFile.Write(path, Render(report, request, ws));
            }

            Console.Error.WriteLine($"gap report ({request.Format}) written to {Path.GetFullPath(path)}");
        }
        else
        {
            Console.Out.Write(Render(report, request, ws));
        }

        if (request.Timings)
        {
            Console.Error.WriteLine($"timings: load {loadTime.TotalMilliseconds:0} ms (rules compiled in {catalogue.CompileTime.TotalMilliseconds:0} ms), facts {run.FactsTime.TotalMilliseconds:0} ms ({run.FactCount} facts), evaluation {run.EvaluationTime.TotalMilliseconds:0} ms, total {clock.Elapsed.TotalMilliseconds:0} ms; {report.Findings.Count} findings; GC paused {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms, allocated {GC.GetTotalAllocatedBytes() >> 20} MiB ({GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} gen0/1/2), CPU {Environment.CpuUsage.TotalTime.TotalMilliseconds:0} ms");
        }

        // The last line says why the exit code is what it is (on stderr, so a report on stdout stays clean).
        var (code, reason) = ExitReason.Of(report, ReportNames.TryParse(request.FailLevel, out var level) ? level : null);
        Console.Error.WriteLine(reason);
        return code == 0 ? ExitCodes.Ok : ExitCodes.Findings;
    }

    private static string Render(GapReport report, Request request, WorkspaceFolder ws)
    {
        switch (request.Format)
        {
            case "json":
                return JsonReportWriter.Write(report);
            case "sarif":
                return SarifReportWriter.Write(report, ws.Settings.EditRoot);
            case "markdown":
                return MarkdownReportWriter.Write(report, ws.Settings.EditRoot);
            default:
                // Colour and wrapping only on a terminal; a file or a pipe gets each finding on one whole line.
                var terminal = request.Out is null && !Console.IsOutputRedirected;
                var colour = terminal && Environment.GetEnvironmentVariable("NO_COLOR") is null;
                using (var writer = new StringWriter())
                {
                    TextReportWriter.Write(report, writer, colour, terminal ? TerminalWidth() : null);
                    return writer.ToString();
                }
        }
    }

    private static int? TerminalWidth()
    {
        try
        {
            return Console.WindowWidth is > 20 and var w ? w : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private sealed record Request(
        string? Config, string? Content, string[] Strategies, string Format, string? Out, string FailLevel, string? Baseline, string? AsOf, bool Timings);
}
