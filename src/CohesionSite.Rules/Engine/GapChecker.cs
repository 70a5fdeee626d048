using System.Diagnostics;
using CohesionSite.Core.Diagnostics;
using CohesionSite.Analysis;
using CohesionSite.Analysis.Findings;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;
using CohesionSite.Rules.Facts;

namespace CohesionSite.Rules.Engine;

/// <summary>
/// Runs the catalogue over loaded content: the network compiled once (in <see cref="RuleSet"/>), one
/// NRules session per strategy (in parallel; joins are nested loops, so a session must stay small),
/// then in the same session the waiver facts (which need to know what the first pass found), then
/// live waivers applied. Findings are sorted (strategy, file, line, column, rule, target), so output
/// is deterministic.
/// </summary>
public sealed class GapChecker
{
    private readonly RuleSet _rules;
    private readonly GapCheckOptions _options;

    /// <summary>Creates a checker for a loaded rule set.</summary>
    public GapChecker(RuleSet rules, GapCheckOptions? options = null)
    {
        _rules = rules;
        _options = options ?? new GapCheckOptions();
    }

    /// <summary>Checks <paramref name="content"/>; integrity diagnostics of the load become findings of the integrity rules.</summary>
    /// <param name="content">The loaded content.</param>
    /// <param name="diagnostics">The load's diagnostics (integrity ones become facts).</param>
    /// <param name="asOf">A reporting date for every strategy of this run; overrides <see cref="GapCheckOptions.AsOf"/> and each strategy's own date.</param>
    /// <exception cref="RuleEvaluationException">A rule threw: a rule error, never a pass.</exception>
    public CheckRun Check(ContentSet content, IReadOnlyList<Diagnostic> diagnostics, PartialDate? asOf = null)
    {
        var runDate = asOf ?? _options.AsOf;
        var clock = Stopwatch.StartNew();
        var dates = content.Strategies.ToDictionary(s => s.Id, s => ReportingDate.Of(s, runDate), StringComparer.Ordinal);
        var sets = FactBuilder.Build(content, diagnostics, s => dates[s.Id].Date);
        var factsTime = clock.Elapsed;
        clock.Restart();

        var perSet = new List<Finding>[sets.Count];
        var waiverFacts = new int[sets.Count];
        try
        {
            Parallel.For(0, sets.Count, i => (perSet[i], waiverFacts[i]) = new StrategySession(_rules, sets[i]).Run());
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<RuleEvaluationException>().FirstOrDefault() is { } first)
        {
            throw first;
        }

        var result = perSet.SelectMany(f => f).OrderBy(f => f, FindingOrder.Instance).ToArray();
        var evaluationTime = clock.Elapsed;
        var report = new GapReport(_rules.Catalogue, result, runDate ?? dates.Values.Select(d => d.Date).DefaultIfEmpty(ReportingDate.Fallback).Max())
        {
            ReportingDates = dates.ToDictionary(kv => kv.Key, kv => kv.Value.Date, StringComparer.Ordinal),
        };
        return new CheckRun(report, sets.Sum(s => s.Count) + waiverFacts.Sum(), factsTime, evaluationTime);
    }
}
