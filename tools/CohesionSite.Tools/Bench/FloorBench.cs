using System.Globalization;

namespace CohesionSite.Tools.Bench;

/// <summary>The floor's timed runs for one row: wall time of the process (start-up included, as ours), the in-process I/O time, and what it read and wrote.</summary>
/// <param name="WallMs">Wall time of the whole process, as for our runs.</param>
/// <param name="IoMs">Inside the process: the reads and writes alone.</param>
/// <param name="ReadBytes">Bytes read (every file of the workspace).</param>
/// <param name="Files">Files written.</param>
/// <param name="WrittenBytes">Bytes written.</param>
public sealed record FloorResult(Stat WallMs, Stat IoMs, long ReadBytes, int Files, long WrittenBytes)
{
    /// <summary>Our time as a multiple of the floor's: min / min and median / median (null when the floor took no time).</summary>
    public static Stat? Ratio(Stat ours, FloorResult? floor) =>
        floor is null || floor.WallMs.Min <= 0 || floor.WallMs.Median <= 0 ? null : new Stat(ours.Min / floor.WallMs.Min, ours.Median / floor.WallMs.Median);
}

/// <summary>
/// Times the floor (<c>timed-floor</c>) for one row of the bench: the same workspace read, the same
/// files written (a plan taken from our output), each run a fresh process after one untimed warm-up,
/// its output folder removed before every run, untimed.
/// </summary>
internal static class FloorBench
{
    /// <summary>Runs the floor <paramref name="repeat"/> times; null (after a message) when it fails.</summary>
    public static FloorResult? Run(string workspace, IReadOnlyList<FloorFile> writes, string folder, string name, int repeat, TextWriter log, string label)
    {
        var plan = Path.Combine(folder, $"floor-{name}.plan");
        var output = Path.Combine(folder, $"floor-{name}");
        IoFloor.WritePlan(plan, writes);
        var (exe, prefix) = BenchRunner.Self();
        var runs = new List<(double Wall, double Io, long Read)>();
        try
        {
            for (var i = 0; i <= repeat; i++)
            {
                if (Directory.Exists(output))
                {
                    Directory.Delete(output, recursive: true);
                }

                var run = ChildRun.Run(exe, [.. prefix, "timed-floor", "--read", workspace, "--plan", plan, "--out", output], folder);
                var fields = run.Stdout.Trim().Split('\t');
                if (run.ExitCode != 0 || fields.Length != 4
                    || !double.TryParse(fields[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var io)
                    || !long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var read))
                {
                    log.WriteLine($"error: the floor for {name} failed at {label} (exit {run.ExitCode}):\n{run.Stderr}{run.Stdout}");
                    return null;
                }

                log.WriteLine($"[{label}] floor for {name} {(i == 0 ? "warm-up" : $"run {i}")}: {run.Wall.TotalMilliseconds:0} ms ({io:0} ms of I/O)");
                if (i > 0)
                {
                    runs.Add((run.Wall.TotalMilliseconds, io, read));
                }
            }
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }

            File.Delete(plan);
        }

        return new FloorResult(Stat.Of(runs.Select(r => r.Wall)), Stat.Of(runs.Select(r => r.Io)), runs[^1].Read, writes.Count, writes.Sum(w => w.Bytes));
    }
}
