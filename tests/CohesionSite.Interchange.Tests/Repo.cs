namespace CohesionSite.Interchange.Tests;

/// <summary>The repository (the folder holding CohesionSite.sln), throw-away copies of its content, and the CLI as a process.</summary>
public static class Repo
{
    /// <summary>The repository root.</summary>
    public static string Root => CohesionSite.Tests.RepositoryRoot.Path;

    /// <summary>The shipped content folder.</summary>
    public static string ContentRoot => Path.Combine(Root, "content");

    /// <summary>The ids of the shipped strategies.</summary>
    public static TheoryData<string> Strategies()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(ContentRoot).Select(Path.GetFileName).Where(n => n != "national").Order(StringComparer.Ordinal))
        {
            data.Add(dir!);
        }

        return data;
    }

    /// <summary>Runs the built cohesion.dll in <paramref name="workingDirectory"/>.</summary>
    public static (int Code, string Stdout, string Stderr) Run(string workingDirectory, params string[] args) =>
        CohesionSite.Tests.CliProcess.Run(workingDirectory, args);

    /// <summary>Runs a program and collects its output.</summary>
    public static (int Code, string Stdout, string Stderr) Process(string workingDirectory, string program, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null) =>
        CohesionSite.Tests.CliProcess.Process(workingDirectory, program, args, environment);
}

/// <summary>A throw-away repository: statiq.json plus a copy of the shipped content, deleted afterwards.</summary>
public sealed class TempRepo : IDisposable
{
    public TempRepo()
    {
        Root = Path.Combine(Path.GetTempPath(), "cohesion-interchange-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        File.Copy(Path.Combine(Repo.Root, "statiq.json"), Path.Combine(Root, "statiq.json"));
        CopyFolder(Repo.ContentRoot, ContentRoot);
    }

    public string Root { get; }

    public string ContentRoot => Path.Combine(Root, "content");

    public string At(string relative) => Path.Combine(Root, relative);

    /// <summary>Every file under content/ with its bytes, to prove nothing was written.</summary>
    public Dictionary<string, byte[]> Snapshot() =>
        Directory.GetFiles(ContentRoot, "*", SearchOption.AllDirectories).ToDictionary(f => f, System.IO.File.ReadAllBytes);

    /// <summary>Fails unless every file of <paramref name="before"/> is still there with the same bytes (and no other appeared).</summary>
    public void AssertUnchanged(Dictionary<string, byte[]> before)
    {
        var after = Snapshot();
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (path, bytes) in before)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(after[path]), $"{path} changed:\n{System.Text.Encoding.UTF8.GetString(after[path])}");
        }
    }

    public static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            System.IO.File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var dir in Directory.GetDirectories(from))
        {
            CopyFolder(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
