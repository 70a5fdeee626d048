using System.Diagnostics;

namespace CohesionSite.Site.Output;

/// <summary>
/// Builds into a temporary sibling folder and swaps it in only when the build succeeded, so a failed
/// (or killed) build leaves the previous output exactly as it was. The swap is one atomic
/// exchange of the two folders where the system has one (Linux <c>renameat2</c>), so there is no
/// moment at which the output is missing; elsewhere it is two renames, and a build killed between
/// them is repaired by the next one. Staging folders are named <c>.NAME.new-PID</c> and
/// <c>.NAME.old-PID</c>, carry the marker, and those of dead processes are cleared by the next run.
/// </summary>
public static class OutputFolder
{
    /// <summary>Runs <paramref name="build"/> on a fresh temporary folder; swaps it in when it returns true, deletes it otherwise.</summary>
    public static bool Replace(string output, OutputKind kind, Func<string, bool> build)
    {
        var temp = CreateTemp(output, kind);
        bool ok;
        try
        {
            ok = build(temp);
        }
        catch
        {
            DeleteStaging(temp);
            throw;
        }

        if (!ok)
        {
            DeleteStaging(temp);
            return false;
        }

        SwapIn(temp, output);
        return true;
    }

    /// <summary>
    /// Clears stale staging folders of <paramref name="output"/> left by killed runs (restoring a
    /// previous output a run was killed in the middle of swapping), then creates the empty temporary
    /// sibling folder a build of <paramref name="output"/> goes into, with the marker of <paramref name="kind"/>.
    /// </summary>
    public static string CreateTemp(string output, OutputKind kind)
    {
        output = OutputGuard.Normalise(output);
        var parent = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        RecoverStale(output);
        var temp = StagingPath(output, "new", Environment.ProcessId);
        if (Directory.Exists(temp))
        {
            Directory.Delete(temp, recursive: true);
        }

        Directory.CreateDirectory(temp);
        OutputMarker.Write(temp, kind);
        return temp;
    }

    /// <summary>Replaces <paramref name="output"/> with the finished temporary folder <paramref name="temp"/>.</summary>
    public static void SwapIn(string temp, string output)
    {
        output = OutputGuard.Normalise(output);
        if (!Directory.Exists(output))
        {
            // A rename is atomic: the output is either absent (as before) or complete.
            Directory.Move(temp, output);
            return;
        }

        if (AtomicExchange.TryExchange(temp, output))
        {
            // temp now holds the previous output; deleting it is the slow part, and the new site is already in place.
            DeleteStaging(temp);
            return;
        }

        // No atomic exchange here: move the old output aside first. A run killed between the two
        // moves leaves .NAME.old-PID, which the next run moves back (RecoverStale).
        var old = StagingPath(output, "old", Environment.ProcessId);
        Directory.Move(output, old);
        Directory.Move(temp, output);
        DeleteStaging(old);
    }

    /// <summary>Deletes a staging folder this process made (no-op when it is gone).</summary>
    public static void DeleteStaging(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Staging folders of <paramref name="output"/> whose process is gone: restores a half-swapped output, deletes the rest.</summary>
    private static void RecoverStale(string output)
    {
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        foreach (var dir in Directory.EnumerateDirectories(parent, $".{name}.*-*"))
        {
            var (state, pid) = ParseStaging(Path.GetFileName(dir), name);
            if (state is null || pid == Environment.ProcessId || IsAlive(pid) || OutputMarker.Read(dir) is null)
            {
                // Not ours, or a run still going: leave it.
                continue;
            }

            if (state == "old" && !Directory.Exists(output))
            {
                Directory.Move(dir, output);
                continue;
            }

            Directory.Delete(dir, recursive: true);
        }
    }

    private static (string? State, int Pid) ParseStaging(string folder, string name)
    {
        foreach (var state in new[] { "new", "old" })
        {
            var prefix = $".{name}.{state}-";
            if (folder.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(folder.AsSpan(prefix.Length), out var pid) && pid > 0)
            {
                return (state, pid);
            }
        }

        return (null, 0);
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static string StagingPath(string output, string state, int pid) =>
        Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.{state}-{pid}");
}
