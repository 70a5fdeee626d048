using System.Diagnostics;
using System.Globalization;

namespace CohesionSite.Content;

/// <summary>When each strategy's content last changed, and the newest change of all (the site's date).</summary>
/// <param name="ByStrategy">Strategy id → the date its folder's files last changed.</param>
/// <param name="Site">The newest of every content file's date (national files included); null when there are none.</param>
/// <param name="FromGit">True when the dates are commit dates, false when they are the files' modification dates.</param>
public sealed record ContentDates(IReadOnlyDictionary<string, DateOnly> ByStrategy, DateOnly? Site, bool FromGit)
{
    /// <summary>The date of one strategy, if known.</summary>
    public DateOnly? For(string strategyId) => ByStrategy.TryGetValue(strategyId, out var d) ? d : null;
}

/// <summary>
/// Reads <see cref="ContentDates"/> once per build: one <c>git log</c> over the content folder
/// (newest commit first, so the first commit naming a strategy's folder is its last change). Outside
/// a git work tree, with git missing, or for a folder no commit touches yet (a new strategy), the
/// files' modification dates stand in, so a build never depends on git.
/// </summary>
public static class ContentHistory
{
    /// <summary>Dates of the strategies in <paramref name="contentRoot"/>; <paramref name="git"/> names the git executable (found on PATH).</summary>
    public static ContentDates Read(string contentRoot, string git = "git")
    {
        var root = Path.GetFullPath(contentRoot);
        var folders = Directory.Exists(root) ? Directory.GetDirectories(root).Select(Path.GetFileName).OfType<string>().Where(n => !n.StartsWith('.')).ToArray() : [];
        var committed = GitDates(root, git);
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            if (committed is not null && committed.TryGetValue(folder, out var date))
            {
                dates[folder] = date;
            }
            else if (FileDate(Path.Combine(root, folder)) is { } modified)
            {
                dates[folder] = modified;
            }
        }

        var all = committed is null ? dates.Values : dates.Values.Concat(committed.Values);
        DateOnly? site = all.Any() ? all.Max() : null;
        var strategies = dates.Where(d => d.Key != "national").ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal);
        return new ContentDates(strategies, site, committed is not null);
    }

    // Folder (first path segment below the content root) → date of the newest commit touching it; null when git cannot say.
    private static Dictionary<string, DateOnly>? GitDates(string root, string git)
    {
        var start = new ProcessStartInfo(git)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = root,
        };
        // --relative: paths below the content root; %cs: the committer date (yyyy-MM-dd), marked so it cannot be read as a path.
        foreach (var arg in new[] { "-c", "core.quotepath=off", "log", "--relative", "--name-only", "--no-renames", "--format=\u0001%cs", "--", "." })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            process.ErrorDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            var result = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
            DateOnly? current = null;
            while (process.StandardOutput.ReadLine() is { } line)
            {
                if (line.StartsWith('\u0001'))
                {
                    current = DateOnly.TryParseExact(line[1..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
                }
                else if (current is { } date && line.Split('/', 2) is [var folder, _] && !result.ContainsKey(folder))
                {
                    result[folder] = date;
                }
            }

            process.WaitForExit();
            return process.ExitCode == 0 ? result : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // git is not installed: the files' dates stand in.
            return null;
        }
    }

    private static DateOnly? FileDate(string folder)
    {
        var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);
        return files.Length == 0 ? null : DateOnly.FromDateTime(files.Max(File.GetLastWriteTimeUtc));
    }
}
