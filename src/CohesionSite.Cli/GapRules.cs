using CohesionSite.Content;
using CohesionSite.Core.Findings;
using CohesionSite.Rules.Engine;

namespace CohesionSite.Cli;

/// <summary>Loads the workspace's rules and runs them: the one way both <c>check</c> and <c>build</c> get a gap report.</summary>
internal static class GapRules
{
    /// <summary>
    /// Loads the workspace's rules (its RulesPath, or the tool's built-in rules when the repository
    /// has none), printing any rule errors; null when they are unusable.
    /// </summary>
    public static RuleSet? Load(Workspace ws, TextWriter error)
    {
        var folder = DefaultsLocator.Rules(ws) ?? ws.RulesPath;
        var (rules, diagnostics) = RuleSetLoader.Load(folder, ws.Display(folder));
        Workspace.Print(diagnostics, error);
        return rules;
    }

    /// <summary>Runs the rules over loaded content; null (with the rule error printed) when a rule breaks.</summary>
    public static GapReport? Report(Workspace ws, LoadResult loaded, TextWriter error)
    {
        if (Load(ws, error) is not { } rules || loaded.Content is null)
        {
            return null;
        }

        try
        {
            return new GapChecker(rules, new GapCheckOptions()).Check(loaded.Content, loaded.Diagnostics, ws.Settings.AsOf).Report;
        }
        catch (RuleEvaluationException e)
        {
            error.WriteLine(e.Message);
            return null;
        }
    }
}
