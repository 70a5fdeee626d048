namespace CohesionSite.Rules.Tests;

/// <summary>Finds the repository (the folder holding CohesionSite.sln), its rules and content.</summary>
public static class Repo
{
    private static readonly Lazy<RuleSet> RulesValue = new(() =>
    {
        var (rules, diagnostics) = RuleSetLoader.Load(RulesFolder);
        return rules ?? throw new InvalidOperationException(string.Join("\n", diagnostics));
    });

    public static string Root => CohesionSite.Tests.RepositoryRoot.Path;

    public static string RulesFolder => Path.Combine(Root, "rules");

    public static string ContentRoot => Path.Combine(Root, "content");

    /// <summary>The shipped catalogue, loaded once.</summary>
    public static RuleSet Rules => RulesValue.Value;
}
