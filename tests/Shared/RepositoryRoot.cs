namespace CohesionSite.Tests;

/// <summary>The repository under test: the folder holding CohesionSite.sln above the test binaries. Shared by every test project.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "CohesionSite.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CohesionSite.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root.</summary>
    public static string Path => RootPath.Value;

    /// <summary>The shipped content folder.</summary>
    public static string Content => System.IO.Path.Combine(Path, "content");
}
