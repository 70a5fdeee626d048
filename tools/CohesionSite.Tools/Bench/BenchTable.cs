using System.Globalization;
using Spectre.Console;

namespace CohesionSite.Tools.Bench;

/// <summary>The bench table: one row per size and tool, times as "min / median", and the ratio of our time to Hugo's.</summary>
internal static class BenchTable
{
    /// <summary>The column headers, in order (the smoke test checks every one is printed).</summary>
    public static readonly string[] Columns =
    [
        "pages", "tool", "total ms (min / median)", "load", "rules", "rules compile", "rules run", "prepare", "render", "write", "links", "peak MiB", "pages/s", "ours / hugo", "floor ms", "ours / floor",
    ];

    /// <summary>The second table's headers: check and validate on the same content, cold processes.</summary>
    public static readonly string[] CommandColumns =
    [
        "pages", "strategies × actions", "command", "wall ms (min / median)", "CPU ms", "peak MiB", "floor ms", "ours / floor",
    ];

    /// <summary>Writes the table for <paramref name="report"/> to <paramref name="output"/> (no colour: it goes to logs and files as often as to a terminal).</summary>
    public static void Write(BenchReport report, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        // Wide enough that no header wraps (the smoke test finds every column by its name).
        console.Profile.Width = 320;
        var table = new Table { Border = TableBorder.Markdown };
        foreach (var c in Columns)
        {
            table.AddColumn(new TableColumn(c) { Alignment = c == "tool" ? Justify.Left : Justify.Right });
        }

        foreach (var size in report.Sizes)
        {
            if (size.Ours is null || size.Stages is not { } s)
            {
                continue; // --no-build: only the commands table
            }

            table.AddRow(
                Int(size.Ours.Pages), "cohesion", Pair(size.Ours.WallMs), Pair(s.LoadMs), Pair(s.RulesMs), Pair(s.RulesCompileMs), Pair(s.RulesRunMs), Pair(s.PrepareMs), Pair(s.RenderMs), Pair(s.WriteMs), Pair(s.LinkCheckMs),
                Pair(size.Ours.PeakMiB), Int(size.Ours.PagesPerSecond.Median), Ratio(size), Floor(size.Floor), Times(size.OursPerFloor));
            if (size.Hugo is { } hugo)
            {
                table.AddRow(Int(hugo.Pages), "hugo", Pair(hugo.WallMs), "-", "-", "-", "-", "-", "-", "-", "-", Pair(hugo.PeakMiB), Int(hugo.PagesPerSecond.Median), "1", Floor(size.Floor), Times(FloorResult.Ratio(hugo.WallMs, size.Floor)));
            }
        }

        if (report.Sizes.Any(z => z.Ours is not null))
        {
            console.Write(table);
            console.WriteLine();
        }

        var commands = new Table { Border = TableBorder.Markdown };
        foreach (var c in CommandColumns)
        {
            commands.AddColumn(new TableColumn(c) { Alignment = c == "command" ? Justify.Left : Justify.Right });
        }

        foreach (var size in report.Sizes)
        {
            foreach (var c in size.Commands)
            {
                commands.AddRow(Int(size.TargetPages), $"{size.Strategies} × {size.Actions / Math.Max(1, size.Strategies)}", c.Command, Pair(c.WallMs), Pair(c.CpuMs), Pair(c.PeakMiB), Floor(c.Floor), Times(c.OursPerFloor));
            }
        }

        console.Write(commands);
        console.WriteLine();
        console.WriteLine("check = `cohesion check --format json --out FILE` (the gap report of every strategy), validate = `cohesion validate`, on the content of that row, each a fresh process per run (runtime start-up included).");
        console.WriteLine($"{report.Repeat} timed run(s) per tool and size after one warm-up run; each run is a fresh process; min / median shown (a shared 2-core machine is noisy: compare within one run).");
        console.WriteLine("rules = rules compile (reading, checking and compiling the catalogue into the NRules network) + rules run (facts and evaluation on the generated content).");
        console.WriteLine("render and write run fused in parallel: their columns split that pass by each stage's summed thread time. peak = VmHWM.");
        console.WriteLine("floor = the machine's limit for that row: a fresh .NET process (start-up included, as ours) that reads every file of the same workspace and writes the same files with the same sizes (check: one file the size of its report; validate: none), in parallel, with no work in between; ours / floor = how many times that our run took (min / min, median / median).");
        foreach (var failed in report.FailedSizes)
        {
            console.WriteLine($"{failed} pages: the build failed (see the error above); no row.");
        }

        if (report.HugoVersion is { } v)
        {
            console.WriteLine(v);
        }
    }

    private static string Pair(Stat s) => $"{Int(s.Min)} / {Int(s.Median)}";

    private static string Floor(FloorResult? floor) => floor is null ? "-" : Pair(floor.WallMs);

    private static string Times(Stat? ratio) =>
        ratio is { } r ? string.Create(CultureInfo.InvariantCulture, $"{r.Min:0.0}× / {r.Median:0.0}×") : "-";

    private static string Int(double v) => Math.Round(v).ToString("0", CultureInfo.InvariantCulture);

    private static string Ratio(SizeResult size) =>
        size.TimeRatioMin is { } min && size.TimeRatioMedian is { } median
            ? string.Create(CultureInfo.InvariantCulture, $"{min:0.00} / {median:0.00}")
            : "-";
}
