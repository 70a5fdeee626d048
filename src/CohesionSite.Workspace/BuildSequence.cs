using System.Diagnostics;
using CohesionSite.Content;
using CohesionSite.Core.Diagnostics;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Settings;
using CohesionSite.Site;

namespace CohesionSite.Workspace;

/// <summary>The step of <see cref="BuildSequence"/> that stopped it.</summary>
public enum BuildStep
{
    /// <summary>Nothing stopped it: the site was built.</summary>
    None,

    /// <summary>The content has errors (or could not be read).</summary>
    Load,

    /// <summary>A rules file has errors, or a rule broke while running.</summary>
    Rules,

    /// <summary>A page did not render, or the link check failed.</summary>
    Site,
}

/// <summary>How long each step of a build took, as data the bench and <c>--timings</c> read.</summary>
/// <param name="Load">Reading and binding the YAML.</param>
/// <param name="RulesCompile">Reading, checking and compiling the rules catalogue.</param>
/// <param name="RulesRun">Building the facts and running the rules on the content.</param>
/// <param name="Site">The site pipeline, swap included.</param>
public sealed record BuildTimes(TimeSpan Load, TimeSpan RulesCompile, TimeSpan RulesRun, TimeSpan Site)
{
    /// <summary>Loading and running the rules together.</summary>
    public TimeSpan Rules => RulesCompile + RulesRun;
}

/// <summary>What the load → check → build sequence gave, every problem as data.</summary>
/// <param name="Stopped">The step that failed, or <see cref="BuildStep.None"/>.</param>
/// <param name="Diagnostics">The content's and the rules files' diagnostics, warnings included.</param>
/// <param name="RuleError">A broken rule's message, or null.</param>
/// <param name="Load">The content load.</param>
/// <param name="Report">The gap report, when the rules ran.</param>
/// <param name="Site">The site build, when it ran.</param>
/// <param name="Times">How long each step took (zero for steps that did not run).</param>
public sealed record BuildOutcome(
    BuildStep Stopped, IReadOnlyList<Diagnostic> Diagnostics, string? RuleError, LoadResult Load, GapReport? Report, SiteBuildResult? Site, BuildTimes Times)
{
    /// <summary>True when the site was built.</summary>
    public bool Success => Stopped == BuildStep.None;

    /// <summary>
    /// Every error as one line each, compiler style: diagnostics, the rule error, then the site's
    /// errors (<c>error: …</c>). What the preview's overlay lists and what a host prints.
    /// </summary>
    public IReadOnlyList<string> ErrorLines =>
    [
        .. Diagnostics.Where(d => d.IsError).Select(d => d.ToString()),
        .. RuleError is null ? [] : new[] { RuleError },
        .. (Site?.Errors ?? []).Select(e => $"error: {e}"),
    ];
}

/// <summary>
/// The one sequence every host builds with: load the content, run the gap rules (compiled once,
/// handed back for incremental re-checks), build the site. Content that loads clean is published
/// with its gap report; a content error or a broken rule stops before the site. Nothing prints.
/// </summary>
public static class BuildSequence
{
    /// <summary>
    /// Runs the sequence for <paramref name="workspace"/> with <paramref name="settings"/> (the
    /// workspace's, with any command-line overrides); <paramref name="build"/> is the site step
    /// (the published build into staging, or the preview's private folder).
    /// </summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="settings">Settings for the site.</param>
    /// <param name="build">Builds the site from the request.</param>
    /// <param name="rules">Set to the compiled rules when they loaded (the preview keeps them for one-strategy re-checks).</param>
    public static BuildOutcome Run(WorkspaceFolder workspace, SiteSettings settings, Func<SiteBuildRequest, SiteBuildResult> build, out GapRules? rules)
    {
        var clock = Stopwatch.StartNew();
        var loaded = workspace.Load([]);
        var load = clock.Elapsed;
        rules = null;
        if (loaded.HasErrors || loaded.Content is null)
        {
            return new BuildOutcome(BuildStep.Load, loaded.Diagnostics, null, loaded, null, null, new BuildTimes(load, default, default, default));
        }

        var catalogue = GapRules.Load(workspace);
        var diagnostics = loaded.Diagnostics.Concat(catalogue.Diagnostics).ToArray();
        if (catalogue.Rules is null)
        {
            return new BuildOutcome(BuildStep.Rules, diagnostics, null, loaded, null, null, new BuildTimes(load, catalogue.CompileTime, default, default));
        }

        rules = catalogue.Rules;
        var gaps = catalogue.Rules.Check(loaded.Content, loaded.Diagnostics);
        if (gaps.Run is null)
        {
            return new BuildOutcome(BuildStep.Rules, diagnostics, gaps.RuleError, loaded, null, null, new BuildTimes(load, catalogue.CompileTime, gaps.Elapsed, default));
        }

        clock.Restart();
        var site = build(new SiteBuildRequest
        {
            Settings = settings,
            Content = loaded.Content,
            Report = gaps.Run.Report,
            TemplateOverrides = workspace.TemplatesPath,
            // One git log for every page's last-updated date (the files' dates outside git).
            Updated = ContentHistory.Read(workspace.ContentPath),
        });
        var times = new BuildTimes(load, catalogue.CompileTime, gaps.Elapsed, clock.Elapsed);
        return new BuildOutcome(site.Success ? BuildStep.None : BuildStep.Site, diagnostics, null, loaded, gaps.Run.Report, site, times);
    }
}
