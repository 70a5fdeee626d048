using CohesionSite.Tests;

namespace CohesionSite.Workspace.Tests;

/// <summary>A throw-away copy of the repository's statiq.json, content and rules, to break one thing in.</summary>
public sealed class WorkspaceCopy : IDisposable
{
    public WorkspaceCopy()
    {
        Root = Path.Combine(Path.GetTempPath(), "cohesion-workspace-tests", Guid.NewGuid().ToString("N"));
        Copy(Path.Combine(RepositoryRoot.Path, "content"), Path.Combine(Root, "content"));
        Copy(Path.Combine(RepositoryRoot.Path, "rules"), Path.Combine(Root, "rules"));
        File.Copy(Path.Combine(RepositoryRoot.Path, "statiq.json"), Config);
    }

    public string Root { get; }

    public string Config => Path.Combine(Root, "statiq.json");

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public WorkspaceFolder Open() => WorkspaceFolder.Open(Config, null, null).Folder ?? throw new InvalidOperationException("the copy did not open");

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
