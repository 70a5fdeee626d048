namespace CohesionSite.Tools.Bench;

/// <summary>One command's cold runs: wall time (start-up included), CPU time and peak memory, min and median.</summary>
/// <param name="Command">check or validate.</param>
/// <param name="WallMs">Wall time of the whole process.</param>
/// <param name="CpuMs">User + system CPU time of the process (what a loaded, shared machine distorts least).</param>
/// <param name="PeakMiB">Peak resident set.</param>
public sealed record CommandResult(string Command, Stat WallMs, Stat CpuMs, Stat PeakMiB)
{
    /// <summary>The floor of this command: the workspace read and what the command writes (check: its report; validate: nothing) written, no work.</summary>
    public FloorResult? Floor { get; init; }

    /// <summary>The command's wall time as a multiple of the floor's (min / min, median / median).</summary>
    public Stat? OursPerFloor => FloorResult.Ratio(WallMs, Floor);
}

/// <summary>
/// Times <c>cohesion check</c> (JSON report to a file) and <c>cohesion validate</c> on a generated
/// workspace, each in a fresh process per run (cold, as a user or CI runs them), after one untimed
/// warm-up run each. The command is the real CLI (<c>cohesion.dll</c> next to these tools), not a copy.
/// </summary>
internal static class CommandBench
{
    /// <summary>Runs both commands <paramref name="repeat"/> times; null (after a message) when one fails.</summary>
    public static IReadOnlyList<CommandResult>? Run(string workspace, string folder, int repeat, TextWriter log, string label)
    {
        var config = Path.Combine(workspace, "statiq.json");
        var report = Path.Combine(folder, "check.json");
        string[][] commands =
        [
            ["check", "--config", config, "--format", "json", "--out", report, "--fail-level", "none"],
            ["validate", "--config", config],
        ];
        var results = new List<CommandResult>();
        foreach (var args in commands)
        {
            var runs = new List<ChildRun>();
            for (var i = 0; i <= repeat; i++)
            {
                var run = ChildRun.Run("dotnet", [Cli(), .. args], folder);
                if (run.ExitCode != 0)
                {
                    log.WriteLine($"error: {args[0]} failed at {label} (exit {run.ExitCode}):\n{(run.Stderr.Length <= 4000 ? run.Stderr : run.Stderr[^4000..])}");
                    return null;
                }

                log.WriteLine($"[{label}] {args[0]} {(i == 0 ? "warm-up" : $"run {i}")}: {run.Wall.TotalMilliseconds:0} ms, CPU {run.Cpu.TotalMilliseconds:0} ms");
                if (i > 0)
                {
                    runs.Add(run);
                }
            }

            // check's floor writes a file the size of its report; validate's writes nothing.
            IReadOnlyList<FloorFile> writes = args[0] == "check" ? [new FloorFile(Path.GetFileName(report), new FileInfo(report).Length)] : [];
            if (FloorBench.Run(workspace, writes, folder, args[0], repeat, log, label) is not { } floor)
            {
                return null;
            }

            results.Add(new CommandResult(
                args[0],
                Stat.Of(runs.Select(r => r.Wall.TotalMilliseconds)),
                Stat.Of(runs.Select(r => r.Cpu.TotalMilliseconds)),
                Stat.Of(runs.Select(r => r.PeakBytes / (1024.0 * 1024.0)))) { Floor = floor });
        }

        return results;
    }

    /// <summary>The CLI the tools are built with (the project reference puts <c>cohesion.dll</c> beside them).</summary>
    private static string Cli() => Path.Combine(AppContext.BaseDirectory, "cohesion.dll");
}
