using CohesionSite.Core.Findings;
using System.Text.Json;
using CohesionSite.Core.Model;
using CohesionSite.Rules.Reporting;
using CohesionSite.Tests;

namespace CohesionSite.Rules.Tests;

/// <summary>SARIF that GitHub code scanning accepts at any size: runs split by strategy, the most severe kept past the limit, the rest counted.</summary>
public sealed class SarifLimitsTests
{
    [Fact]
    public void Sarif_FitsOneRun_StaysOneRunWithoutACategory()
    {
        var sarif = Parse(SarifReportWriter.Write(Report(3, 10), limits: new SarifLimits(30, 4)));

        var run = Assert.Single(sarif.GetProperty("runs").EnumerateArray());
        Assert.Equal(30, run.GetProperty("results").GetArrayLength());
        Assert.False(run.TryGetProperty("automationDetails", out _));
    }

    [Fact]
    public void Sarif_OverOneRun_SplitsByStrategyIntoEveryRunWithDistinctCategories()
    {
        var report = Report(12, 10);

        var runs = Parse(SarifReportWriter.Write(report, limits: new SarifLimits(100, 4))).GetProperty("runs").EnumerateArray().ToArray();

        Assert.Equal(4, runs.Length);
        Assert.Equal(4, runs.Select(r => r.GetProperty("automationDetails").GetProperty("id").GetString()).Distinct().Count());
        Assert.Equal(120, runs.Sum(r => r.GetProperty("results").GetArrayLength() + Omitted(r)));
        // A strategy's findings are all in one run, so its alerts keep one category.
        var strategiesPerRun = runs.Select(r => r.GetProperty("results").EnumerateArray().Select(x => x.GetProperty("properties").GetProperty("strategy").GetString()).ToHashSet()).ToArray();
        Assert.Equal(12, strategiesPerRun.Sum(s => s.Count));
    }

    [Fact]
    public void Sarif_RunOverTheLimit_KeepsTheMostSevereAndCountsTheRestInRunProperties()
    {
        // One strategy: 5 errors, 10 warnings, 10 info; room for 12 in a run.
        var report = Report(1, 25);

        var runs = Parse(SarifReportWriter.Write(report, limits: new SarifLimits(12, 2))).GetProperty("runs").EnumerateArray().ToArray();

        var full = Assert.Single(runs, r => r.GetProperty("results").GetArrayLength() > 0);
        var levels = full.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("level").GetString()).ToArray();
        Assert.Equal(12, levels.Length);
        Assert.Equal(5, levels.Count(l => l == "error"));
        Assert.Equal(7, levels.Count(l => l == "warning"));
        var properties = full.GetProperty("properties");
        Assert.Equal(13, properties.GetProperty("omittedResults").GetInt32());
        Assert.Equal(3, properties.GetProperty("omittedBySeverity").GetProperty("warning").GetInt32());
        Assert.Equal(10, properties.GetProperty("omittedBySeverity").GetProperty("note").GetInt32());
    }

    [Fact]
    public void Markdown_ResultsLeftOutOfTheSarif_SaysHowManyAndWhich()
    {
        var md = MarkdownReportWriter.Write(Report(1, 25), null, new SarifLimits(12, 2));

        Assert.Contains("**Code scanning shows 12 of 25 findings.**", md, StringComparison.Ordinal);
        Assert.Contains("leaves out 13 (3 warning, 10 info)", md, StringComparison.Ordinal);
    }

    /// <summary>A report of <paramref name="strategies"/> strategies with <paramref name="perStrategy"/> findings each: a fifth errors, the rest warnings and info.</summary>
    internal static GapReport Report(int strategies, int perStrategy)
    {
        var findings = new List<Finding>();
        for (var s = 0; s < strategies; s++)
        {
            for (var i = 0; i < perStrategy; i++)
            {
                var severity = i < perStrategy / 5 ? Severity.Error : i % 2 == 0 ? Severity.Warning : Severity.Info;
                findings.Add(new Finding
                {
                    RuleId = "action-no-lead",
                    Severity = severity,
                    Strategy = $"strategy-{s:000}",
                    TargetKind = TargetKind.Action,
                    Target = $"{i}.1",
                    Mark = new SourceMark($"content/strategy-{s:000}/actions.yaml", i + 2, 5),
                    Message = $"action {i}.1 has no lead",
                });
            }
        }

        var rule = new RuleInfo { Id = "action-no-lead", Severity = Severity.Warning, Group = "action quality", Title = "Action without a lead", Rationale = "Someone must own it.", File = "rules/actions.yaml" };
        return new GapReport([rule], findings, new PartialDate(2010, 4, 1, DatePrecision.Day));
    }

    private static int Omitted(JsonElement run) =>
        run.GetProperty("properties").TryGetProperty("omittedResults", out var n) ? n.GetInt32() : 0;

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
