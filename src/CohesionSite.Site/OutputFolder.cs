namespace CohesionSite.Site;

/// <summary>
/// Builds into a temporary sibling folder and swaps it in only when the build succeeded, so a failed
/// build leaves the previous site exactly as it was.
/// </summary>
public static class OutputFolder
{
    /// <summary>Runs <paramref name="build"/> on a fresh temporary folder; swaps it in when it returns true, deletes it otherwise.</summary>
    public static bool Replace(string output, Func<string, bool> build)
    {
        var temp = CreateTemp(output);
        bool ok;
        try
        {
            ok = build(temp);
        }
        catch
        {
            Directory.Delete(temp, recursive: true);
            throw;
        }

        if (!ok)
        {
            Directory.Delete(temp, recursive: true);
            return false;
        }

        SwapIn(temp, output);
        return true;
    }

    /// <summary>Creates (empty) the temporary sibling folder a build of <paramref name="output"/> goes into.</summary>
    public static string CreateTemp(string output)
    {
        output = Path.GetFullPath(output);
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(output))!;
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(output));
        var temp = Path.Combine(parent, $".{name}.new-{Environment.ProcessId}");
        if (Directory.Exists(temp))
        {
            Directory.Delete(temp, recursive: true);
        }

        Directory.CreateDirectory(temp);
        return temp;
    }

    /// <summary>Replaces <paramref name="output"/> with the finished temporary folder <paramref name="temp"/>.</summary>
    public static void SwapIn(string temp, string output)
    {
        output = Path.GetFullPath(output);
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(output))!;
        var old = Path.Combine(parent, $".{Path.GetFileName(Path.TrimEndingDirectorySeparator(output))}.old-{Environment.ProcessId}");
        if (Directory.Exists(output))
        {
            Directory.Move(output, old);
        }

        Directory.Move(temp, output);
        if (Directory.Exists(old))
        {
            // Deleting the old tree is the slow part; the new site is already in place.
            Directory.Delete(old, recursive: true);
        }
    }
}
