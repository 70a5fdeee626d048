using CohesionSite.Core.Findings;
using CohesionSite.Rules.Reporting;

namespace CohesionSite.Rules.Tests;

/// <summary>One gap, one finding: an announced but missing plan is reported once, listing what it leaves undelivered, in every writer.</summary>
public sealed class PlanMembersTests : IDisposable
{
    private readonly RuleFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private GapReport MissingPlan() => _fixture.Write("demo/actions.yaml", "plan: { state: missing, title: Appendix C }\n").Check();

    [Fact]
    public void Check_PlanMissing_OneFindingListsOutcomesPrinciplesCommitmentsAndCells()
    {
        var report = MissingPlan();
        var finding = Assert.Single(report.Findings, f => f.RuleId == "plan-missing");
        Assert.Equal(
            ["commitment 1.1-c1", "matrix-cell white-paper-2006/leadership-and-engagement\u00d7cic-2007-principles/shared-futures", "outcome o1", "principle p1"],
            finding.Members.Select(m => $"{m.TargetKind.Name()} {m.Target}").Order(StringComparer.Ordinal));
        Assert.All(finding.Members, m => Assert.True(m.Mark.IsKnown && m.Mark.Line > 0, m.Target));
        Assert.Contains("4 outcomes, principles, commitments and framework cells", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PlanMissing_NoPlanDependentRuleReportsItsMembersAgain()
    {
        var report = MissingPlan();
        string[] planDependent = ["commitment-no-action", "matrix-cell-empty", "outcome-no-action", "principle-not-addressed", "value-not-promoted", "group-no-action", "priority-no-action", "strategy-no-action-plan"];
        Assert.Empty(report.Findings.Where(f => planDependent.Contains(f.RuleId)).Select(f => f.Key));
    }

    [Fact]
    public void Check_PlanNone_ToldOnceWithoutMembers()
    {
        var report = _fixture.Write("demo/actions.yaml", "plan: { state: none }\n").Check();
        var finding = Assert.Single(report.Findings, f => f.RuleId is "strategy-no-action-plan" or "plan-missing" or "commitment-no-action" or "matrix-cell-empty");
        Assert.Equal("strategy-no-action-plan", finding.RuleId);
        Assert.Empty(finding.Members);
    }

    [Fact]
    public void Check_PlanMissingWithNothingToList_StillReportedOnce()
    {
        // Empty collect groups must not stop the rule: the missing plan is a gap even when nothing depends on it.
        var report = _fixture
            .Write("demo/actions.yaml", "plan: { state: missing }\n")
            .Write("demo/outcomes.yaml", "outcomes: []\n")
            .Write("demo/priorities.yaml", "priorities:\n  - id: \"1\"\n    title: People\n")
            .Edit("demo/strategy.yaml", "principles:\n  - id: p1\n    title: Fairness\n    outcomes: [o1]\n", string.Empty)
            .Edit("demo/strategy.yaml", "matrix:\n  title: Framework\n  rows: cic-2007-principles\n  columns: white-paper-2006\n", string.Empty)
            .Edit("demo/strategy.yaml", "stated: 1", "stated: 0")
            .Check();
        var finding = Assert.Single(report.Findings, f => f.RuleId == "plan-missing");
        Assert.Empty(finding.Members);
    }

    [Fact]
    public async Task Json_FindingWithMembers_ListsEachWithItsPlaceAndValidates()
    {
        var json = JsonReportWriter.Write(MissingPlan());
        Assert.Contains("\"members\": [", json, StringComparison.Ordinal);
        Assert.Contains("\"targetKind\": \"commitment\",\n          \"target\": \"1.1-c1\"", json, StringComparison.Ordinal);
        var schema = await NJsonSchema.JsonSchema.FromJsonAsync(ReportSchemas.Findings);
        Assert.Empty(schema.Validate(json).Select(e => e.ToString()));
    }

    [Fact]
    public void Sarif_FindingWithMembers_HasRelatedLocationsIntoTheYaml()
    {
        var sarif = SarifReportWriter.Write(MissingPlan(), null);
        using var doc = System.Text.Json.JsonDocument.Parse(sarif);
        var result = doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "plan-missing");
        var related = result.GetProperty("relatedLocations").EnumerateArray().ToArray();
        Assert.Equal(4, related.Length);
        Assert.Contains(related, r => r.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!.EndsWith("priorities.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_FindingWithMembers_OneRowWithTheListFoldedIn()
    {
        var md = MarkdownReportWriter.Write(MissingPlan(), "https://example.org/blob/main");
        // In the by-rule section the rule is the section's heading; the finding's row carries its message.
        var row = Assert.Single(md.Split('\n'), l => l.StartsWith("| warning |", StringComparison.Ordinal) && l.Contains("announces an action plan", StringComparison.Ordinal));
        Assert.Contains("<details><summary>4 left uncovered</summary>", row, StringComparison.Ordinal);
        Assert.Contains("outcome o1 (People get on well)", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_FindingWithMembers_ListsThemUnderTheFinding()
    {
        using var writer = new StringWriter();
        TextReportWriter.Write(MissingPlan(), writer, colour: false);
        var lines = writer.ToString().Split('\n');
        var at = Array.FindIndex(lines, l => l.Contains("announces an action plan", StringComparison.Ordinal));
        Assert.True(at >= 0);
        var members = lines.Skip(at + 1).SkipWhile(l => !l.StartsWith("      - ", StringComparison.Ordinal)).TakeWhile(l => l.StartsWith("      - ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(4, members.Length);
        Assert.Contains(members, l => l.Contains("content/demo/outcomes.yaml:", StringComparison.Ordinal) && l.Contains("outcome o1 (People get on well)", StringComparison.Ordinal));
    }
}
