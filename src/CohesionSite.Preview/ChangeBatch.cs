namespace CohesionSite.Preview;

/// <summary>Paths that changed close together, with when the first change was seen (a <see cref="System.Diagnostics.Stopwatch"/> timestamp).</summary>
/// <param name="Paths">Absolute paths, each once.</param>
/// <param name="FirstSeen">Timestamp of the first watcher event of the batch: where save-to-reload latency starts.</param>
public sealed record ChangeBatch(IReadOnlyCollection<string> Paths, long FirstSeen);

/// <summary>What a batch asks for: a full rebuild, or re-reading some strategies.</summary>
/// <param name="Full">True when something every page shares changed (settings, national, rules, templates) or a strategy came or went.</param>
/// <param name="Strategies">Strategy ids whose folder changed (when not full).</param>
public sealed record ChangeScope(bool Full, IReadOnlySet<string> Strategies)
{
    /// <summary>True when the batch changed nothing the site reads (editor swap files, folder timestamps).</summary>
    public bool IsEmpty => !Full && Strategies.Count == 0;
}

/// <summary>Sorts changed paths into what must be rebuilt.</summary>
public static class ChangeClassifier
{
    /// <summary>Classifies <paramref name="paths"/> against the watched locations; <paramref name="known"/> are the strategies the site has.</summary>
    public static ChangeScope Classify(IEnumerable<string> paths, string contentPath, string configPath, IReadOnlyCollection<string> sharedFolders, Func<string, bool> known)
    {
        var strategies = new HashSet<string>(StringComparer.Ordinal);
        var full = false;
        foreach (var path in paths.Select(Path.GetFullPath))
        {
            var name = Path.GetFileName(path);
            if (IsEditorScratch(name))
            {
                continue;
            }

            if (string.Equals(path, Path.GetFullPath(configPath), StringComparison.Ordinal)
                || sharedFolders.Any(f => Under(path, f)))
            {
                full = true;
                continue;
            }

            if (!Under(path, contentPath))
            {
                continue;
            }

            var parts = Path.GetRelativePath(contentPath, path).Split(Path.DirectorySeparatorChar);
            if (parts[0] == Content.ContentLoader.NationalFolder || parts[0].StartsWith('.'))
            {
                full |= parts[0] == Content.ContentLoader.NationalFolder;
                continue;
            }

            if (parts.Length == 1)
            {
                // The strategy folder itself: only its coming or going matters; a file at the content root is not read.
                var exists = Directory.Exists(path);
                full |= exists != known(parts[0]) && (exists || !File.Exists(path));
                continue;
            }

            if (!known(parts[0]))
            {
                full = true;
                continue;
            }

            strategies.Add(parts[0]);
        }

        return new ChangeScope(full, full ? new HashSet<string>() : strategies);
    }

    /// <summary>Files editors write beside the real one while saving (vim's 4913 probe, swap and backup files).</summary>
    internal static bool IsEditorScratch(string name) =>
        name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal)
        || name.EndsWith(".tmp", StringComparison.Ordinal) || (name.Length > 0 && name.All(char.IsAsciiDigit));

    private static bool Under(string path, string folder)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        return path.Length > root.Length && path.StartsWith(root, StringComparison.Ordinal) && path[root.Length] == Path.DirectorySeparatorChar;
    }
}
