namespace CohesionSite.Site.Output;

/// <summary>
/// Decides whether a command may write (and later replace) an output folder. A folder is ours to
/// replace only when it is missing, empty, or carries our marker of the same kind; anything else is
/// somebody's files and is refused before a single byte is written. Hugo makes the same promise
/// (it never empties a destination unless asked with <c>--cleanDestinationDir</c>).
/// </summary>
public static class OutputGuard
{
    private const int ListedEntries = 4;

    /// <summary>
    /// Null when <paramref name="output"/> may be written by the command writing <paramref name="kind"/>;
    /// otherwise one line saying which folder, what is in it and what to do instead.
    /// <paramref name="force"/> allows replacing a foreign folder, but never one that is, holds or
    /// sits inside a protected path, and never one that holds a <c>.git</c>.
    /// </summary>
    public static string? Check(string output, OutputKind kind, IReadOnlyList<ProtectedPath> protectedPaths, bool force)
    {
        var full = Normalise(output);
        var command = OutputMarker.Name(kind);
        if (File.Exists(full))
        {
            return $"{full} is a file; the output of cohesion {command} must be a folder";
        }

        foreach (var p in protectedPaths)
        {
            var guarded = Normalise(p.Path);
            if ((p.MayHoldOutput ? full == guarded : SameOrInside(full, guarded)) || SameOrInside(guarded, full))
            {
                var relation = full == guarded ? "is" : SameOrInside(guarded, full) ? "holds" : "is inside";
                return $"refusing to write to {full}: it {relation} {p.Label} ({guarded}); choose an output folder outside the repository's content, rules and .git";
            }
        }

        var info = new DirectoryInfo(full);
        if (!info.Exists)
        {
            return null;
        }

        if (info.LinkTarget is not null)
        {
            return $"refusing to write to {full}: it is a symbolic link (to {info.LinkTarget}); name the real folder";
        }

        var entries = info.EnumerateFileSystemInfos().Select(e => e.Name).Order(StringComparer.Ordinal).ToArray();
        if (entries.Length == 0)
        {
            return null;
        }

        if (entries.Contains(".git", StringComparer.Ordinal))
        {
            return $"refusing to replace {full}: it holds a .git repository, and cohesion never deletes one; choose another output folder";
        }

        var marked = OutputMarker.Read(full);
        if (marked == kind)
        {
            return null;
        }

        if (marked is { } other)
        {
            return $"refusing to replace {full}: it was written by cohesion {OutputMarker.Name(other)}, not cohesion {command}; choose another output folder";
        }

        if (force)
        {
            return null;
        }

        var listed = string.Join(", ", entries.Take(ListedEntries).Select(e => Directory.Exists(Path.Combine(full, e)) ? e + "/" : e));
        var more = entries.Length > ListedEntries ? $" and {entries.Length - ListedEntries} more" : string.Empty;
        return $"refusing to replace {full}: it is not empty ({listed}{more}) and was not written by cohesion {command}; choose a new or empty folder, or pass --force to replace it";
    }

    /// <summary>The protected paths of a repository rooted at <paramref name="root"/>: the root itself, its content and rules folders, and the nearest .git at or above it.</summary>
    public static IReadOnlyList<ProtectedPath> ForRepository(string root, string contentPath, string rulesPath)
    {
        var list = new List<ProtectedPath>
        {
            new(contentPath, "the content folder"),
            new(rulesPath, "the rules folder"),
            new(root, "the repository (statiq.json's folder)", MayHoldOutput: true),
        };
        for (var dir = new DirectoryInfo(Normalise(root)); dir is not null; dir = dir.Parent)
        {
            var git = Path.Combine(dir.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                list.Add(new ProtectedPath(git, "the git repository"));
                break;
            }
        }

        return list;
    }

    /// <summary>A path as every output check compares it: absolute, without a trailing separator.</summary>
    internal static string Normalise(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or below it.</summary>
    private static bool SameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) || folder == Path.GetPathRoot(folder) && path.StartsWith(folder, StringComparison.Ordinal);
}
