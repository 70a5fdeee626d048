namespace CohesionSite.Tests;

/// <summary>
/// A throw-away copy of the repository's user-facing part (statiq.json, content/, rules/, a .git
/// folder) in the system temp folder, so commands can be run on real files and refused writes can
/// be seen to leave every byte alone.
/// </summary>
public sealed class TempRepo : IDisposable
{
    public TempRepo()
    {
        Root = Path.Combine(Path.GetTempPath(), "cohesion-cli-tests", Guid.NewGuid().ToString("N"));
        var source = RepositoryRoot.Path;
        CopyFolder(Path.Combine(source, "content"), Path.Combine(Root, "content"));
        CopyFolder(Path.Combine(source, "rules"), Path.Combine(Root, "rules"));
        File.Copy(Path.Combine(source, "statiq.json"), Path.Combine(Root, "statiq.json"));
        Directory.CreateDirectory(Path.Combine(Root, ".git"));
        File.WriteAllText(Path.Combine(Root, ".git", "HEAD"), "ref: refs/heads/main\n");
    }

    /// <summary>The repository root (holds statiq.json).</summary>
    public string Root { get; }

    /// <summary>A path under the root.</summary>
    public string this[string relative] => Path.Combine(Root, relative);

    /// <summary>Every file under <paramref name="folder"/> with its bytes, keyed by relative path.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            foreach (var f in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                files[Path.GetRelativePath(folder, f)] = File.ReadAllBytes(f);
            }
        }

        return files;
    }

    /// <summary>Asserts two snapshots hold the same files with the same bytes.</summary>
    public static void AssertSame(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} changed");
        }
    }

    /// <summary>Runs the built <c>cohesion</c> command in the root.</summary>
    public (int Code, string Stdout, string Stderr) Run(params string[] args) => CliProcess.Run(Root, args);

    /// <summary>Runs the built developer tools (<c>generate</c>, <c>bench</c>) in the root.</summary>
    public (int Code, string Stdout, string Stderr) RunTools(params string[] args) => CliProcess.Tools(Root, args);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A killed child may still be letting go of a file; the temp folder is cleared by the system.
        }
    }

    /// <summary>Copies a folder tree.</summary>
    public static void CopyFolder(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}
