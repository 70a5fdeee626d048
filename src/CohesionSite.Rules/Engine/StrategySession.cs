using CohesionSite.Core.Findings;
using CohesionSite.Rules.Facts;
using NRules;
using NRules.Diagnostics;

namespace CohesionSite.Rules.Engine;

/// <summary>
/// One strategy's NRules session: its facts (and its <c>ctx</c>) inserted, the rules fired, the hits
/// turned into findings; then its waivers inserted with what they match, fired again, and live waivers
/// applied. A condition that throws stops the run as a <see cref="RuleEvaluationException"/> naming
/// the rule, the fact and the rules file, never a pass.
/// </summary>
internal sealed class StrategySession(RuleSet rules, FactSet facts)
{
    private (string Rule, Fact? Fact, Exception? Error)? _failure;

    public (List<Finding> Findings, int WaiverFacts) Run()
    {
        var session = rules.Sessions.CreateSession();
        var sink = new HitSink();
        session.DependencyResolver = sink;
        session.Events.LhsExpressionFailedEvent += OnFailure;
        session.Events.RhsExpressionFailedEvent += OnActionFailure;
        var findings = new List<Finding>();
        Fire(session, sink, [facts.Context, .. facts.All], findings);

        if (facts.Strategy is not { } s)
        {
            return (findings, 0);
        }

        var waivers = FactBuilder.Waivers(s, facts.Context, findings.GroupBy(f => f.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal));
        if (waivers.Count > 0)
        {
            Fire(session, sink, waivers, findings);
            var live = s.Strategy.Waivers.Where(w => !WaiverFact.IsExpired(w, facts.Context.AsOf))
                .GroupBy(w => $"{w.Rule}|{s.Id}|{w.Target}", StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            for (var i = 0; i < findings.Count; i++)
            {
                if (live.TryGetValue(findings[i].Key, out var w))
                {
                    findings[i] = findings[i] with { Waiver = w };
                }
            }
        }

        return (findings, waivers.Count);
    }

    private void Fire(ISession session, HitSink sink, IEnumerable<object> inserted, List<Finding> findings)
    {
        var before = sink.Hits.Count;
        try
        {
            session.InsertAll(inserted);
            session.Fire();
        }
        catch (Exception e) when (e is RuleExpressionEvaluationException or AgendaExpressionEvaluationException)
        {
            throw Failure(e);
        }

        for (var i = before; i < sink.Hits.Count; i++)
        {
            findings.Add(ToFinding(rules.ById(sink.Hits[i].RuleId)!, sink.Hits[i], facts.Strategy?.Strategy.Languages ?? []));
        }
    }

    private void OnFailure(object? sender, LhsExpressionErrorEventArgs e)
    {
        var fact = e.Facts.Select(f => f.Value).OfType<Fact>().LastOrDefault();
        _failure ??= (e.Rules.FirstOrDefault()?.Name ?? string.Empty, fact, e.Exception);
    }

    private void OnActionFailure(object? sender, RhsExpressionErrorEventArgs e) =>
        _failure ??= (e.Match.Rule.Name, e.Match.Facts.Select(f => f.Value).OfType<Fact>().FirstOrDefault(), e.Exception);

    private Exception Failure(Exception e)
    {
        if (_failure is { } f && rules.ById(f.Rule) is { } rule)
        {
            return new RuleEvaluationException(rule, f.Fact, f.Error?.Message ?? "the rule failed", f.Error);
        }

        return e;
    }

    // A message is translated only into the languages the strategy publishes in: no other page shows it.
    private static Finding ToFinding(LoadedRule rule, Hit hit, IReadOnlyList<string> languages) => new()
    {
        RuleId = rule.Info.Id,
        Severity = rule.Info.Severity,
        Strategy = hit.Fact.Strategy,
        TargetKind = hit.Fact.TargetKind,
        Target = hit.Fact.Target,
        Mark = hit.Fact.MarkOf(rule.Definition.At),
        Message = rule.Message.Render(hit.Fact, hit.Members.Count),
        Messages = rule.Translations.Count == 0 || languages.Count < 2
            ? Finding.NoMessages
            : rule.Translations.Where(t => languages.Contains(t.Language)).ToDictionary(t => t.Language, t => t.Message.Render(hit.Fact, hit.Members.Count), StringComparer.Ordinal),
        Rationale = rule.Info.Rationale,
        // Most findings list no members: no sort pipeline for those (100k findings).
        Members = hit.Members.Count == 0
            ? []
            : hit.Members
                .Select(m => new FindingMember { TargetKind = m.TargetKind, Target = m.Target, Title = m.Title, Mark = m.MarkOf(null) })
                .OrderBy(m => m.Mark.File, StringComparer.Ordinal).ThenBy(m => m.Mark.Line).ThenBy(m => m.Mark.Column).ThenBy(m => m.Target, StringComparer.Ordinal)
                .ToArray(),
    };
}
