using System.Text.Json;
using CohesionSite.Tools.Synthetic;

namespace CohesionSite.Tools.Bench;

/// <summary>A generated workspace: statiq.json (naming a rules folder) and content/, as <c>cohesion generate</c> writes it.</summary>
internal static class SyntheticWorkspace
{
    /// <summary>Site pages that do not belong to a strategy: home, search, open data, accessibility, 404.</summary>
    public const int SitePages = 5;

    /// <summary>
    /// Pages each generated strategy makes: overview, priorities, actions, outcomes, indicators and
    /// gaps. A strategy's site has only the sections it has, and the generator writes no toolkit,
    /// good practice or evidence.
    /// </summary>
    public const int PagesPerStrategy = 6;

    /// <summary>The number of strategies whose site has at least <paramref name="pages"/> pages.</summary>
    public static int StrategiesFor(int pages) => Math.Max(1, (int)Math.Ceiling((pages - SitePages) / (double)PagesPerStrategy));

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
