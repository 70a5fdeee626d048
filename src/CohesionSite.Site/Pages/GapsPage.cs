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
        var rules = report.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var groups = sv.Findings
            .GroupBy(f => f.RuleId, StringComparer.Ordinal)
            .Select(g =>
            {
                var rule = rules.GetValueOrDefault(g.Key);
                var first = g.First();
                return new
                {
                    Anchor = Pipeline.Links.Anchor("rule", g.Key),
                    Id = g.Key,
                    Title = rule?.Title ?? g.Key,
                    Severity = Labels.Severity(rule?.Severity ?? first.Severity),
                    SeverityRank = (int)(rule?.Severity ?? first.Severity),
                    Group = rule?.Group,
                    Rationale = rule?.Rationale is { Length: > 0 } r ? r : first.Rationale,
                    Count = g.Count(),
                    Findings = g.Select(f => new
                    {
                        Message = FindingText.Html(f.Message),
                        Severity = Labels.Severity(f.Severity),
                        Target = $"{f.TargetKind} {f.Target}",
                        TargetUrl = sv.TargetUrl(f),
                        Where = f.Mark.IsKnown ? $"{f.Mark.File}:{f.Mark.Line}" : null,
                        EditUrl = EditUrl(editRoot, f),
                        Members = f.Members.Select(m => new
                        {
                            Target = $"{m.TargetKind} {m.Target}",
                            m.Title,
                            TargetUrl = sv.TargetUrl(m.TargetKind, m.Target),
                            Where = m.Mark.IsKnown ? $"{m.Mark.File}:{m.Mark.Line}" : null,
                            EditUrl = EditUrl(editRoot, m.Mark),
                        }).ToArray(),
                        Waived = f.Waiver is { } w ? $"Waived by {w.Owner}: {w.Reason}" + (w.Expires is { } e ? $" (until {e.ToDisplay()})" : string.Empty) : null,
                        Baseline = f.BaselineState is { } b ? Labels.Humanize(b) : null,
                    }).ToArray(),
                };
            })
            .OrderByDescending(g => g.SeverityRank)
            .ThenBy(g => g.Id, StringComparer.Ordinal)
            .ToArray();
        var plan = sv.Content.Plan?.State ?? (sv.Content.Actions.Count > 0 ? Core.Model.PlanState.Present : Core.Model.PlanState.None);
        var model = new
        {
            sv.Summary,
            Kind = Labels.DocumentNoun(sv.Content.Strategy),
            Plan = GapPublicSummary.PlanSentence(sv.Content),
            Totals = GapPublicSummary.Totals(sv.Summary),
            Public = GapPublicSummary.Items(sv.Content, sv.Findings, rules),
            // With no plan at all, every cell would be an empty red cell for one cause: the page says so once instead.
            NoPlan = plan != Core.Model.PlanState.Present && sv.Content.Actions.Count == 0,
            AsOf = report.AsOfFor(sv.Id).ToDisplay(),
            RulesRun = report.Rules.Count,
            Matrix = MatrixView.Build(sv),
            Rules = groups,
            Downloads = Data.Downloads.For(sv, links, "findings"),
        };
        return PageFactory.StrategyPage(sv, links, "gaps", "Gap report", model);
    }

    /// <summary><c>{EditRoot}/{file}#L{line}</c>, only when both are known and the result is a safe URL.</summary>
    internal static string? EditUrl(string? editRoot, Finding f) => EditUrl(editRoot, f.Mark);

    /// <summary>The edit link of a place in the YAML (a finding's or one of its members').</summary>
    internal static string? EditUrl(string? editRoot, Core.Model.SourceMark mark) =>
        editRoot is { Length: > 0 } && mark.IsKnown
            ? Rendering.SafeUrl.Check($"{editRoot.TrimEnd('/')}/{string.Join('/', mark.File.Split('/').Select(Uri.EscapeDataString))}#L{mark.Line}")
            : null;
}
