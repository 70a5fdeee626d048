using CohesionSite.Content;

namespace CohesionSite.Content.Tests;

/// <summary>Finds the repository (the folder holding CohesionSite.sln) and its shipped content and seeds.</summary>
public static class Repo
{
    private static readonly Lazy<LoadResult> ShippedResult = new(() => ContentLoader.Load(ContentRoot));

    /// <summary>The repository root.</summary>
    public static string Root => CohesionSite.Tests.RepositoryRoot.Path;

    /// <summary>The shipped content folder.</summary>
    public static string ContentRoot => Path.Combine(Root, "content");

    /// <summary>The shipped content, loaded once per test run.</summary>
    public static LoadResult Shipped => ShippedResult.Value;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, LoadResult> OnlyResults = new();

    /// <summary>The shipped content of one strategy only (so a census is not failed by another strategy's errors), loaded once.</summary>
    public static LoadResult LoadOnly(string strategyId) =>
        OnlyResults.GetOrAdd(strategyId, id => ContentLoader.Load(ContentRoot, new LoadOptions { Strategies = [id] }));

    /// <summary>The lines of a seed file.</summary>
    public static string[] SeedLines(string fileName) => File.ReadAllLines(Path.Combine(Root, "seeds", fileName));

    /// <summary>The text of a seed file.</summary>
    public static string Seed(string fileName) => File.ReadAllText(Path.Combine(Root, "seeds", fileName));
}
