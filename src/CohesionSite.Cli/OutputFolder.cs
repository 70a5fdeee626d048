namespace CohesionSite.Cli;

/// <summary>Builds into a temporary sibling folder and swaps it in only when everything succeeded.</summary>
internal static class OutputFolder
{
    public static void Replace(string output, Action<string> build)
    {
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(output))!;
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(output));
        var temp = Path.Combine(parent, $".{name}.new-{Environment.ProcessId}");
        var old = Path.Combine(parent, $".{name}.old-{Environment.ProcessId}");
        if (Directory.Exists(temp))
        {
            Directory.Delete(temp, recursive: true);
        }

        Directory.CreateDirectory(temp);
        try
        {
            build(temp);
        }
        catch
        {
            Directory.Delete(temp, recursive: true);
            throw;
        }

        if (Directory.Exists(output))
        {
            Directory.Move(output, old);
        }

        Directory.Move(temp, output);
        if (Directory.Exists(old))
        {
            Directory.Delete(old, recursive: true);
        }
    }
}
