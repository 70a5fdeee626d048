using System.Globalization;
using Microsoft.Win32.SafeHandles;

namespace CohesionSite.Tools.Bench;

/// <summary>One file the floor writes: its path under the output folder and its size.</summary>
/// <param name="Path">Relative path, '/'-separated.</param>
/// <param name="Bytes">Size in bytes.</param>
internal sealed record FloorFile(string Path, long Bytes);

/// <summary>
/// The machine's floor for a run: reading the same content bytes and writing the same files with the
/// same sizes, with no work in between (no parsing, no rendering), in parallel on every core. What a
/// build costs beyond it is ours; what it costs up to it is the disk's and the kernel's.
/// </summary>
internal static class IoFloor
{
    private const int Chunk = 1 << 20;

    /// <summary>Reads every file under <paramref name="folder"/> to the end; returns the bytes read.</summary>
    public static long ReadAll(string folder)
    {
        var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);
        long total = 0;
        Parallel.ForEach(
            files,
            () => (Buffer: new byte[Chunk], Bytes: 0L),
            (file, _, local) =>
            {
                using var handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
                long offset = 0;
                int read;
                while ((read = RandomAccess.Read(handle, local.Buffer, offset)) > 0)
                {
                    offset += read;
                }

                return (local.Buffer, local.Bytes + offset);
            },
            local => Interlocked.Add(ref total, local.Bytes));
        return total;
    }

    /// <summary>Creates the folders and writes every file of <paramref name="files"/> under <paramref name="folder"/> (zero bytes of each file's size).</summary>
    public static void WriteAll(string folder, IReadOnlyList<FloorFile> files)
    {
        // Every path checked before anything is created: a bad plan writes nothing.
        var targets = files.Select(f => (Path: Under(folder, f.Path), f.Bytes)).ToArray();
        foreach (var directory in targets.Select(t => Path.GetDirectoryName(t.Path)!).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(directory);
        }

        var zeros = new byte[Chunk];
        Parallel.ForEach(targets, file =>
        {
            using SafeFileHandle handle = File.OpenHandle(file.Path, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.None);
            for (long offset = 0; offset < file.Bytes; offset += Chunk)
            {
                RandomAccess.Write(handle, zeros.AsSpan(0, (int)Math.Min(Chunk, file.Bytes - offset)), offset);
            }
        });
    }

    /// <summary>The files under <paramref name="folder"/> with their sizes, as the floor's plan of writes.</summary>
    public static IReadOnlyList<FloorFile> PlanOf(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(f => new FloorFile(Path.GetRelativePath(folder, f).Replace('\\', '/'), new FileInfo(f).Length))
                .Order(Comparer<FloorFile>.Create((a, b) => string.CompareOrdinal(a.Path, b.Path)))
                .ToArray()
            : [];

    /// <summary>Writes a plan as lines of "bytes TAB path".</summary>
    public static void WritePlan(string path, IEnumerable<FloorFile> files) =>
        File.WriteAllLines(path, files.Select(f => f.Bytes.ToString(CultureInfo.InvariantCulture) + "\t" + f.Path));

    /// <summary>Reads a plan written by <see cref="WritePlan"/>; throws <see cref="FormatException"/> naming the line that is not "bytes TAB path".</summary>
    public static IReadOnlyList<FloorFile> ReadPlan(string path)
    {
        var files = new List<FloorFile>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || !long.TryParse(line.AsSpan(0, tab), NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) || tab == line.Length - 1)
            {
                throw new FormatException($"{path}:{number}:1: expected 'bytes<TAB>relative path'");
            }

            // A plan names files below the output folder: no rooted path, no ".." step out of it.
            var relative = line[(tab + 1)..];
            if (Path.IsPathRooted(relative) || relative.Split('/', '\\').Contains(".."))
            {
                throw new FormatException($"{path}:{number}:{tab + 2}: '{relative}' leaves the output folder; expected a path below it");
            }

            files.Add(new FloorFile(relative, bytes));
        }

        return files;
    }

    // A planned path stays inside the output folder: a plan naming "../x" or "/etc/x" is refused.
    private static string Under(string folder, string relative)
    {
        var root = Path.GetFullPath(folder);
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new FormatException($"the floor plan's path '{relative}' is outside {root}");
        }

        return full;
    }
}
