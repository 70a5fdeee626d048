using System.Diagnostics;
using System.Globalization;

namespace CohesionSite.Tools.Bench;

/// <summary>One finished child process: exit code, wall time, peak resident set and its output.</summary>
/// <param name="ExitCode">Exit code.</param>
/// <param name="Wall">From start to exit, as the user waits for it (runtime start-up included).</param>
/// <param name="PeakBytes">Peak resident set (VmHWM) seen while it ran.</param>
/// <param name="Stdout">Standard output.</param>
/// <param name="Stderr">Standard error.</param>
public sealed record ChildRun(int ExitCode, TimeSpan Wall, long PeakBytes, string Stdout, string Stderr)
{
    /// <summary>User + system CPU time of the process (utime + stime in /proc/PID/stat, polled like the peak; 0 where unknown).</summary>
    public TimeSpan Cpu { get; init; }

    /// <summary>
    /// Starts <paramref name="file"/> with <paramref name="args"/> and waits for it. Peak memory is the
    /// kernel's high-water mark (VmHWM in /proc/PID/status), polled while the process runs: it only grows,
    /// so the last reading before exit misses at most the final poll interval.
    /// </summary>
    public static ChildRun Run(string file, IEnumerable<string> args, string workingDirectory)
    {
        var psi = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        // Every timed child starts on a settled disk (see Settle), untimed.
        Settle();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var status = $"/proc/{process.Id}/status";
        var stat = $"/proc/{process.Id}/stat";
        long peak = 0;
        var cpu = TimeSpan.Zero;
        while (!process.WaitForExit(10))
        {
            peak = Math.Max(peak, ReadHighWaterMark(status));
            cpu = Max(cpu, ReadCpu(stat));
        }

        var wall = clock.Elapsed;
        process.WaitForExit();
        return new ChildRun(process.ExitCode, wall, peak, stdout.Result, stderr.Result) { Cpu = cpu };
    }

    /// <summary>
    /// Flushes what earlier runs wrote to the disk (<c>sync</c>), untimed, before every child starts: otherwise
    /// the kernel's write-back of the run before throttles the next one's writes (the floor at 10k pages
    /// measured 1.2, 5.3 and 8.8 s in one bench), and whichever tool runs later pays for the earlier.
    /// </summary>
    private static void Settle()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        try
        {
            using var sync = Process.Start(new ProcessStartInfo("sync") { UseShellExecute = false });
            sync?.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No sync on this machine: the runs are only noisier.
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>utime + stime of a process (fields 14 and 15 of /proc/PID/stat, in clock ticks of 1/100 s), or zero when it is gone.</summary>
    internal static TimeSpan ReadCpu(string statFile)
    {
        try
        {
            var text = File.ReadAllText(statFile);
            // The command name (field 2) is in parentheses and may hold spaces: count fields after its ')'.
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromMilliseconds(ticks * 10);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            // The process ended between polls: its last reading stands.
            return TimeSpan.Zero;
        }
    }

    /// <summary>VmHWM of a process in bytes, or 0 when it is gone (or not Linux).</summary>
    internal static long ReadHighWaterMark(string statusFile)
    {
        try
        {
            foreach (var line in File.ReadLines(statusFile))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            // The process ended between polls: its last reading stands.
        }

        return 0;
    }
}
