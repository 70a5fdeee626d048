namespace CohesionSite.Rules.Tests;

/// <summary>Finds the repository (the folder holding CohesionSite.sln), its rules and content.</summary>
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

    private static readonly Lazy<RuleSet> RulesValue = new(() =>
    {
        var (rules, diagnostics) = RuleSetLoader.Load(RulesFolder);
        return rules ?? throw new InvalidOperationException(string.Join("\n", diagnostics));
    });

    public static string Root => RootPath.Value;

    public static string RulesFolder => Path.Combine(Root, "rules");

    public static string ContentRoot => Path.Combine(Root, "content");

    /// <summary>The shipped catalogue, loaded once.</summary>
    public static RuleSet Rules => RulesValue.Value;
}
