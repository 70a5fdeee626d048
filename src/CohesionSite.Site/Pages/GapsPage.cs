using CohesionSite.Analysis.Findings;
using CohesionSite.Core.Findings;

namespace CohesionSite.Site.Pages;

/// <summary>
/// Gap report in two parts: first a plain-English summary for the public (what is missing, what that
/// means, counts), then the reviewers' detail (rule, file:line, edit link) — coverage matrix and
/// findings by rule — in a separate, labelled part.
/// </summary>
internal static class GapsPage
{
    public static Page Build(StrategyView sv, Pipeline.Links links, GapReport report, string? editRoot)
    {
        var text = sv.Text;
        var rules = report.Rules.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        // The report writers' rule order (RuleGroup.Of): the page reads in the order the terminal does.
        var groups = RuleGroup.Of(sv.Findings, report.Rules)
            .Select(g =>
            {
                var rule = rules.GetValueOrDefault(g.RuleId);
                var first = g.Findings[0];
                return new
                {
                    Anchor = Pipeline.Links.Anchor("rule", g.RuleId),
                    Id = g.RuleId,
                    Title = RuleWording.Title(rule, g.Title, text),
                    Severity = Labels.Severity(g.Severity, text),
                    // The style's name is the severity's own (sev-warning), whatever the page's language.
                    SeverityClass = "sev-" + g.Severity.ToString().ToLowerInvariant(),
                    Group = rule?.Group,
                    Rationale = RuleWording.Rationale(rule, first.Rationale, text),
                    Count = g.Findings.Count,
                    Findings = g.Findings.Select(f => new
                    {
                        Message = RuleWording.Message(f, text),
                        Severity = Labels.Severity(f.Severity, text),
                        Target = TargetText(f.TargetKind, f.Target, text),
                        TargetUrl = sv.TargetUrl(f),
                        Where = f.Mark.IsKnown ? $"{f.Mark.File}:{f.Mark.Line}" : null,
                        EditUrl = EditUrl(editRoot, f),
                        Members = f.Members.Select(m => new
                        {
                            Target = TargetText(m.TargetKind, m.Target, text),
                            m.Title,
                            TargetUrl = sv.TargetUrl(m.TargetKind, m.Target),
                            Where = m.Mark.IsKnown ? $"{m.Mark.File}:{m.Mark.Line}" : null,
                            EditUrl = EditUrl(editRoot, m.Mark),
                        }).ToArray(),
                        Waived = f.Waiver is { } w
                            ? w.Expires is { } e ? text.Format("gaps.waived_until", w.Owner, w.Reason, Labels.Date(e, text)) : text.Format("gaps.waived", w.Owner, w.Reason)
                            : null,
                        Baseline = f.BaselineState is { } b ? Labels.Humanize(b, text) : null,
                    }).ToArray(),
                };
            })
            .ToArray();
        var plan = sv.Content.Plan?.State ?? (sv.Content.Actions.Count > 0 ? Core.Model.PlanState.Present : Core.Model.PlanState.None);
        var model = new
        {
            sv.Summary,
            Kind = Labels.DocumentNoun(sv.Content.Strategy, text),
            Plan = GapPublicSummary.PlanSentence(sv.Content, text),
            Totals = GapPublicSummary.Totals(sv.Summary, text),
            Public = GapPublicSummary.Items(sv.Content, sv.Findings, rules, text),
            // With no plan at all, every cell would be an empty red cell for one cause: the page says so once instead.
            NoPlan = plan != Core.Model.PlanState.Present && sv.Content.Actions.Count == 0,
            AsOf = Labels.DateAt(report.AsOfFor(sv.Id), text),
            RulesRun = report.Rules.Count,
            Matrix = MatrixView.Build(sv),
            Rules = groups,
            Downloads = Data.Downloads.For(sv, links, "findings", text),
        };
        return PageFactory.StrategyPage(sv, links, "gaps", text["gaps.title"], model);
    }

    // What a finding points at, in words: its kind, then its id ("indicator ni-1").
    private static string TargetText(TargetKind kind, string target, Localization.UiText text) =>
        text.Format("gaps.target." + kind.Name().Replace('-', '_'), target);

    /// <summary><c>{EditRoot}/{file}#L{line}</c>, only when both are known and the result is a safe URL.</summary>
    internal static string? EditUrl(string? editRoot, Finding f) => EditUrl(editRoot, f.Mark);

    /// <summary>The edit link of a place in the YAML (a finding's or one of its members').</summary>
    internal static string? EditUrl(string? editRoot, Core.Model.SourceMark mark) =>
        editRoot is { Length: > 0 } && mark.IsKnown
            ? Rendering.SafeUrl.Check($"{editRoot.TrimEnd('/')}/{string.Join('/', mark.File.Split('/').Select(Uri.EscapeDataString))}#L{mark.Line}")
            : null;
}
