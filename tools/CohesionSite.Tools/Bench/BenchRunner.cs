using CohesionSite.Workspace;

namespace CohesionSite.Tools.Bench;

/// <summary>What to measure.</summary>
/// <param name="Sizes">Page counts to reach.</param>
/// <param name="Repeat">Timed runs per tool and size.</param>
/// <param name="WithHugo">Also build the same pages with Hugo.</param>
/// <param name="Work">Scratch folder (content, outputs); removed at the end unless <paramref name="Keep"/>.</param>
/// <param name="ActionsPerStrategy">Actions in each generated strategy.</param>
/// <param name="Seed">Generator seed.</param>
/// <param name="Keep">Keep the scratch folder.</param>
/// <param name="NoBuild">Time only <c>check</c> and <c>validate</c> (no site build, no Hugo): for large action plans, where those are the figures wanted.</param>
internal sealed record BenchOptions(IReadOnlyList<int> Sizes, int Repeat, bool WithHugo, string Work, int ActionsPerStrategy, int Seed, bool Keep, bool NoBuild = false);

/// <summary>
/// Runs the benchmark: per size, generates content, builds it (the workspace sequence <c>cohesion build</c>
/// runs, as <c>timed-build</c>) in a fresh child process per run (cold processes are what users see, and each has its own peak memory), and
/// optionally builds the same pages with Hugo. One untimed warm-up run per tool first (file cache);
/// the output folder is emptied before every run, untimed.
/// </summary>
internal static class BenchRunner
{
    /// <summary>Runs the bench; null (after a message) when Hugo is asked for and missing. Sizes whose build failed are listed in <see cref="BenchReport.FailedSizes"/>.</summary>
    public static BenchReport? Run(BenchOptions options, TextWriter log)
    {
        var started = DateTimeOffset.UtcNow;
        string? hugo = null;
        if (options.WithHugo && !options.NoBuild && (hugo = Hugo.Find(log)) is null)
        {
            return null;
        }

        Directory.CreateDirectory(options.Work);
        var sizes = new List<SizeResult>();
        var failed = new List<int>();
        try
        {
            foreach (var size in options.Sizes)
            {
                // A failed size is reported and skipped: the sizes that did run still make a table.
                if (RunSize(size, options, hugo, log) is { } result)
                {
                    sizes.Add(result);
                }
                else
                {
                    failed.Add(size);
                }
            }
        }
        finally
        {
            if (!options.Keep)
            {
                TryDelete(options.Work);
            }
        }

        return new BenchReport(started, Environment.ProcessorCount, options.Repeat, hugo is null ? null : Hugo.Version(hugo), sizes) { FailedSizes = failed };
    }

    private static SizeResult? RunSize(int size, BenchOptions options, string? hugo, TextWriter log)
    {
        var folder = Path.Combine(options.Work, $"pages-{size}");
        TryDelete(folder);
        var workspace = Path.Combine(folder, "workspace");
        Directory.CreateDirectory(workspace);
        var strategies = SyntheticWorkspace.StrategiesFor(size, options.ActionsPerStrategy);
        log.WriteLine($"[{size} pages] generating {strategies} strategies × {options.ActionsPerStrategy} actions ...");
        SyntheticWorkspace.Write(workspace, strategies, options.ActionsPerStrategy, options.Seed, RulesFolder());

        var commands = CommandBench.Run(workspace, folder, options.Repeat, log, $"{size} pages");
        if (commands is null)
        {
            TryDelete(folder);
            return null;
        }

        if (options.NoBuild)
        {
            TryDelete(folder);
            return new SizeResult(size, strategies, strategies * options.ActionsPerStrategy, null, null, null, null, null, null) { Commands = commands };
        }

        var output = Path.Combine(folder, "site");
        var timingsFile = Path.Combine(folder, "timings.json");
        var (exe, prefix) = Self();
        var ours = new List<(ChildRun Run, BuildTimings Timings)>();
        for (var i = 0; i <= options.Repeat; i++)
        {
            TryDelete(output);
            var run = ChildRun.Run(exe, [.. prefix, "timed-build", "--config", Path.Combine(workspace, "statiq.json"), "--output", output, "--timings-json", timingsFile], folder);
            if (run.ExitCode != 0)
            {
                log.WriteLine($"error: the build failed at {size} pages (exit {run.ExitCode}):\n{Tail(run.Stderr)}");
                TryDelete(folder);
                return null;
            }

            log.WriteLine($"[{size} pages] cohesion {(i == 0 ? "warm-up" : $"run {i}")}: {run.Wall.TotalMilliseconds:0} ms");
            if (i > 0)
            {
                ours.Add((run, BuildTimings.Read(timingsFile)));
            }
        }

        // Our output as files and sizes: its byte count for the row, and the floor's plan of writes.
        var written = IoFloor.PlanOf(output);
        var oursResult = Tool("cohesion", ours.Select(r => (r.Run, r.Timings.Pages, Math.Max(r.Run.PeakBytes, r.Timings.PeakWorkingSetBytes))).ToArray(), written);
        var stages = new StageResult(
            Stat.Of(ours.Select(r => r.Timings.LoadMs)), Stat.Of(ours.Select(r => r.Timings.RulesMs)),
            Stat.Of(ours.Select(r => r.Timings.RulesCompileMs)), Stat.Of(ours.Select(r => r.Timings.RulesRunMs)), Stat.Of(ours.Select(r => r.Timings.PrepareMs)),
            Stat.Of(ours.Select(r => r.Timings.RenderMs)), Stat.Of(ours.Select(r => r.Timings.WriteMs)), Stat.Of(ours.Select(r => r.Timings.LinkCheckMs)),
            Stat.Of(ours.Select(r => r.Timings.TotalMs)));

        // The floor: the same workspace read and the same files written, nothing in between.
        if (FloorBench.Run(workspace, written, folder, "build", options.Repeat, log, $"{size} pages") is not { } floor)
        {
            TryDelete(folder);
            return null;
        }

        ToolResult? hugoResult = null;
        if (hugo is not null)
        {
            var site = Path.Combine(folder, "hugo");
            HugoSite.Write(output, site);
            var destination = Path.Combine(folder, "hugo-public");
            var runs = new List<(ChildRun, int, long)>();
            for (var i = 0; i <= options.Repeat; i++)
            {
                TryDelete(destination);
                var run = Hugo.Build(hugo, site, destination);
                if (run.ExitCode != 0)
                {
                    log.WriteLine($"error: hugo failed at {size} pages (exit {run.ExitCode}):\n{Tail(run.Stderr + run.Stdout)}");
                    TryDelete(folder);
                    return null;
                }

                log.WriteLine($"[{size} pages] hugo {(i == 0 ? "warm-up" : $"run {i}")}: {run.Wall.TotalMilliseconds:0} ms");
                if (i > 0)
                {
                    runs.Add((run, Hugo.Pages(run.Stdout), run.PeakBytes));
                }
            }

            hugoResult = Tool("hugo", [.. runs], IoFloor.PlanOf(destination));
        }

        if (!options.Keep)
        {
            TryDelete(folder);
        }

        return new SizeResult(
            size, strategies, strategies * options.ActionsPerStrategy, oursResult, stages, hugoResult,
            hugoResult is null ? null : oursResult.WallMs.Min / hugoResult.WallMs.Min,
            hugoResult is null ? null : oursResult.WallMs.Median / hugoResult.WallMs.Median,
            hugoResult is null ? null : oursResult.PeakMiB.Min / hugoResult.PeakMiB.Min) { Commands = commands, Floor = floor };
    }

    private static ToolResult Tool(string name, (ChildRun Run, int Pages, long Peak)[] runs, IReadOnlyList<FloorFile> output)
    {
        var pages = runs.Length == 0 ? 0 : runs[^1].Pages;
        return new ToolResult(
            name, pages, output.Sum(f => f.Bytes),
            Stat.Of(runs.Select(r => r.Run.Wall.TotalMilliseconds)),
            Stat.Of(runs.Select(r => r.Peak / (1024.0 * 1024.0))),
            Stat.Of(runs.Select(r => r.Pages / Math.Max(0.001, r.Run.Wall.TotalSeconds))));
    }

    /// <summary>How to start these tools again (for a timed build in a fresh process): the apphost, or <c>dotnet cohesion-tools.dll</c>.</summary>
    internal static (string Exe, string[] Prefix) Self()
    {
        var process = Environment.ProcessPath ?? "dotnet";
        var dll = Path.Combine(AppContext.BaseDirectory, "cohesion-tools.dll");
        return Path.GetFileNameWithoutExtension(process) == "dotnet" ? (process, [dll]) : (process, []);
    }

    /// <summary>The tool's built-in rules (the generated workspace has no rules of its own).</summary>
    private static string RulesFolder() => Path.Combine(AppContext.BaseDirectory, DefaultsLocator.Folder, "rules");

    private static string Tail(string text) => text.Length <= 4000 ? text : text[^4000..];

    private static void TryDelete(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
