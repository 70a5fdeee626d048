using CohesionSite.Analysis.Findings;
using CohesionSite.Core.Findings;

namespace CohesionSite.Site.Pages;

/// <summary>Gap report: summary, coverage matrix, findings grouped by rule with links to the page and to the YAML line.</summary>
internal static class GapsPage
{
    public static Page Build(StrategyView sv, Pipeline.Links links, GapReport report, string? editRoot)
    {
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
                    g.Title,
                    Severity = Labels.Severity(g.Severity),
                    Group = rule?.Group,
                    Rationale = rule?.Rationale is { Length: > 0 } r ? r : first.Rationale,
                    Count = g.Findings.Count,
                    Findings = g.Findings.Select(f => new
                    {
                        f.Message,
                        Severity = Labels.Severity(f.Severity),
                        Target = $"{f.TargetKind.Name()} {f.Target}",
                        TargetUrl = sv.TargetUrl(f),
                        Where = f.Mark.IsKnown ? $"{f.Mark.File}:{f.Mark.Line}" : null,
                        EditUrl = EditUrl(editRoot, f),
                        Members = f.Members.Select(m => new
                        {
                            Target = $"{m.TargetKind.Name()} {m.Target}",
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
            .ToArray();
        var model = new
        {
            sv.Summary,
            AsOf = report.AsOfFor(sv.Id).ToDisplay(),
            RulesRun = report.Rules.Count,
            Matrix = MatrixView.Build(sv),
            Rules = groups,
            Csv = links.Url(Pipeline.SitePaths.DataFile(sv.Id, "findings.csv")),
            Json = links.Url(Pipeline.SitePaths.DataFile(sv.Id, "findings.json")),
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
