using CohesionSite.Content;

namespace CohesionSite.Content.Tests;

/// <summary>Finds the repository (the folder holding CohesionSite.sln) and its shipped content and seeds.</summary>
public static class Repo
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CohesionSite.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CohesionSite.sln not found above " + AppContext.BaseDirectory);
    });

    private static readonly Lazy<LoadResult> ShippedResult = new(() => ContentLoader.Load(ContentRoot));

    /// <summary>The repository root.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The shipped content folder.</summary>
    public static string ContentRoot => Path.Combine(Root, "content");

    /// <summary>The shipped content, loaded once per test run.</summary>
    public static LoadResult Shipped => ShippedResult.Value;

    /// <summary>The text of a seed file.</summary>
    public static string Seed(string fileName) => File.ReadAllText(Path.Combine(Root, "seeds", fileName));
}
