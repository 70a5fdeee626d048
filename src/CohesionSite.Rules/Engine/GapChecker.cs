using System.Diagnostics;
using CohesionSite.Core.Diagnostics;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;
using CohesionSite.Rules.Definitions;
using CohesionSite.Rules.Facts;

namespace CohesionSite.Rules.Engine;

/// <summary>
/// Runs the catalogue over loaded content: facts from the model, every kind's rules, then the
/// waiver rules (which need to know what the first pass found), then live waivers applied.
/// Findings are sorted (strategy, file, line, column, rule, target), so output is deterministic.
/// </summary>
public sealed class GapChecker
{
    private readonly RuleSet _rules;
    private readonly GapCheckOptions _options;
    private readonly Lazy<RulesEngineEvaluator> _rulesEngine;
    private readonly CompiledEvaluator _compiled = new();

    /// <summary>Creates a checker for a loaded rule set (the RulesEngine workflows are built on first use).</summary>
    public GapChecker(RuleSet rules, GapCheckOptions? options = null)
    {
        _rules = rules;
        _options = options ?? new GapCheckOptions();
        _rulesEngine = new Lazy<RulesEngineEvaluator>(() => new RulesEngineEvaluator(rules));
    }

    /// <summary>Checks <paramref name="content"/>; integrity diagnostics of the load become findings of the integrity rules.</summary>
    /// <exception cref="RuleEvaluationException">A rule threw: a rule error, never a pass.</exception>
    public CheckRun Check(ContentSet content, IReadOnlyList<Diagnostic> diagnostics, PartialDate asOf)
    {
        var clock = Stopwatch.StartNew();
        var facts = FactBuilder.Build(content, diagnostics, asOf);
        var factsTime = clock.Elapsed;
        clock.Restart();

        var hits = new List<(LoadedRule Rule, Fact Fact)>();
        void Hit(LoadedRule rule, Fact fact) => hits.Add((rule, fact));
        foreach (var kind in Enum.GetValues<FactKind>().Where(k => k != FactKind.Waiver))
        {
            Evaluate(facts.Of(kind), _rules.For(kind), Hit);
        }

        // Rendering messages is most of the cost of a large report: in parallel, order kept.
        var findings = hits.AsParallel().AsOrdered().Select(h => ToFinding(h.Rule, h.Fact)).ToList();
        hits.Clear();

        var matches = findings.GroupBy(f => f.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var waivers = FactBuilder.Waivers(content, asOf, matches);
        Evaluate(waivers, _rules.For(FactKind.Waiver), Hit);
        findings.AddRange(hits.Select(h => ToFinding(h.Rule, h.Fact)));

        var live = content.Strategies
            .SelectMany(s => s.Strategy.Waivers.Where(w => !WaiverFact.IsExpired(w, asOf)).Select(w => (Key: $"{w.Rule}|{s.Id}|{w.Target}", Waiver: w)))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Waiver, StringComparer.Ordinal);
        var result = findings
            .Select(f => live.TryGetValue(f.Key, out var w) ? f with { Waiver = w } : f)
            .OrderBy(f => f, FindingOrder.Instance)
            .ToArray();
        var evaluationTime = clock.Elapsed;
        return new CheckRun(new GapReport(_rules.Catalogue, result, asOf), facts.Count + waivers.Count, factsTime, evaluationTime);
    }

    private void Evaluate(IReadOnlyList<Fact> facts, IReadOnlyList<LoadedRule> rules, Action<LoadedRule, Fact> hit)
    {
        if (facts.Count == 0 || rules.Count == 0)
        {
            return;
        }

        var fast = _options.Mode == EvaluationMode.Compiled || (_options.Mode == EvaluationMode.Auto && facts.Count > _options.FastPathThreshold);
        IFactEvaluator evaluator = fast ? _compiled : _rulesEngine.Value;
        evaluator.Evaluate(facts, rules, hit);
    }

    private static Finding ToFinding(LoadedRule rule, Fact fact) => new()
    {
        RuleId = rule.Info.Id,
        Severity = rule.Info.Severity,
        Strategy = fact.Strategy,
        TargetKind = fact.TargetKind,
        Target = fact.Target,
        Mark = fact.MarkOf(rule.Definition.At),
        Message = rule.Message.Render(fact),
        Rationale = rule.Info.Rationale,
    };
}
