using System.Text.Json;
using CohesionSite.Tools.Synthetic;

namespace CohesionSite.Tools.Bench;

/// <summary>A generated workspace: statiq.json (naming a rules folder) and content/, as <c>cohesion generate</c> writes it.</summary>
internal static class SyntheticWorkspace
{
    /// <summary>
    /// Site pages that do not belong to a strategy: home, search, open data, accessibility, 404, the
    /// site-wide reporting status, the national index, the national indicators, and one page per
    /// national framework (the generator writes three).
    /// </summary>
    public const int SitePages = 8 + 3;

    /// <summary>
    /// Pages each generated strategy makes: overview, priorities, outcomes, indicators, reporting
    /// status, gaps and the board pack, the action plan when it has actions, and one page per action
    /// and per indicator. A strategy's site
    /// has only the sections it has, and the generator writes no toolkit, good practice or evidence.
    /// </summary>
    public static int PagesPerStrategy(int actionsPerStrategy) =>
        7 + (actionsPerStrategy > 0 ? 1 + actionsPerStrategy : 0) + ContentGenerator.IndicatorsPerStrategy;

    /// <summary>The number of strategies of <paramref name="actionsPerStrategy"/> actions whose site has at least <paramref name="pages"/> pages.</summary>
    public static int StrategiesFor(int pages, int actionsPerStrategy) =>
        Math.Max(1, (int)Math.Ceiling((pages - SitePages) / (double)PagesPerStrategy(actionsPerStrategy)));

    /// <summary>Writes the workspace into <paramref name="folder"/> (which must exist and be empty).</summary>
    public static void Write(string folder, int strategies, int actionsPerStrategy, int seed, string rulesPath)
    {
        ContentGenerator.Write(Path.Combine(folder, "content"), strategies, actionsPerStrategy, seed);
        File.WriteAllText(Path.Combine(folder, "statiq.json"), $$"""
            {
              "SiteTitle": "Synthetic benchmark",
              "ContentPath": "content",
              "RulesPath": {{JsonSerializer.Serialize(Path.GetFullPath(rulesPath))}},
              "AsOf": "2010-04-01"
            }

            """);
    }
}
