using System.Diagnostics;
using CohesionSite.Core.Diagnostics;
using CohesionSite.Core.Model;
using CohesionSite.Rules.Engine;

namespace CohesionSite.Workspace;

/// <summary>What loading the rules gave.</summary>
/// <param name="Rules">The compiled catalogue; null when a rules file has errors (or there is no rules folder).</param>
/// <param name="Diagnostics">The rules files' diagnostics.</param>
/// <param name="CompileTime">Reading, checking and compiling the catalogue into the NRules network.</param>
public sealed record RulesLoad(GapRules? Rules, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan CompileTime);

/// <summary>One run of the rules: the run, or the rule error that stopped it.</summary>
/// <param name="Run">The report and its figures; null when a rule broke.</param>
/// <param name="RuleError">The broken rule's message (<c>rules/x.yaml:3:5: error: rule 'id' failed …</c>), or null.</param>
/// <param name="Elapsed">Facts and evaluation together.</param>
public sealed record GapOutcome(CheckRun? Run, string? RuleError, TimeSpan Elapsed);

/// <summary>
/// The workspace's gap rules, compiled once: <c>check</c>, <c>build</c>, the preview and the bench
/// all get their reports here, and a broken rule (a <see cref="RuleEvaluationException"/>) is turned
/// into data here and nowhere else.
/// </summary>
public sealed class GapRules
{
    private readonly GapChecker _checker;

    private GapRules(RuleSet rules, PartialDate? asOf)
    {
        Set = rules;
        _checker = new GapChecker(rules, new GapCheckOptions { AsOf = asOf });
    }

    /// <summary>The compiled catalogue.</summary>
    public RuleSet Set { get; }

    /// <summary>
    /// Loads the workspace's rules (its RulesPath, or the tool's built-in rules when the repository
    /// has none). <paramref name="asOf"/> is the reporting date for every strategy (null: the
    /// settings' AsOf, else each strategy's own).
    /// </summary>
    public static RulesLoad Load(WorkspaceFolder workspace, PartialDate? asOf = null)
    {
        var clock = Stopwatch.StartNew();
        var folder = workspace.RulesFolder ?? workspace.RulesPath;
        var (rules, diagnostics) = RuleSetLoader.Load(folder, workspace.Display(folder));
        return new RulesLoad(rules is null ? null : new GapRules(rules, asOf ?? workspace.Settings.AsOf), diagnostics, clock.Elapsed);
    }

    /// <summary>Runs the rules over <paramref name="content"/>; the load's integrity diagnostics become integrity findings.</summary>
    public GapOutcome Check(ContentSet content, IReadOnlyList<Diagnostic> diagnostics)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return new GapOutcome(_checker.Check(content, diagnostics), null, clock.Elapsed);
        }
        catch (RuleEvaluationException e)
        {
            return new GapOutcome(null, e.Message, clock.Elapsed);
        }
    }

    /// <summary>The findings of one strategy, checked alone (the rules judge one strategy at a time, plus the national layer).</summary>
    public GapOutcome CheckOne(ContentSet content, StrategyContent strategy, IReadOnlyList<Diagnostic> diagnostics) =>
        Check(new ContentSet(content.National, [strategy]), diagnostics);
}
