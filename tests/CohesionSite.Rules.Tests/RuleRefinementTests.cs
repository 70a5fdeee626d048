namespace CohesionSite.Rules.Tests;

/// <summary>Cases found by checking the shipped content against the seeds, where a rule first reported something that is not a gap.</summary>
public sealed class RuleRefinementTests : IDisposable
{
    private readonly RuleFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Check_ReportWithoutPlan_IsNotAStrategyWithoutAPlan()
    {
        _fixture.Edit("demo/strategy.yaml", "area: Demo\n", "area: Demo\ndocumentType: report\n").Write("demo/actions.yaml", "plan: { state: none }\n");
        Assert.DoesNotContain(_fixture.Check().Findings, f => f.RuleId == "strategy-no-action-plan");
    }

    [Fact]
    public void Check_VariantNamingTheNationalItem_IsNotATitleInconsistency()
    {
        _fixture
            .Edit("demo/priorities.yaml", "title: \"Building Mutual Respect\"", "title: \"Leadership and Engagement\"")
            .Edit("demo/priorities.yaml", "        commitments:", "        national: [white-paper-2006/leadership-and-engagement]\n        commitments:");
        Assert.DoesNotContain(_fixture.Check().Findings, f => f.RuleId == "title-inconsistent");
    }

    [Theory]
    [InlineData("Building Mutual-Respect")]
    [InlineData("Building mutual\u2010respect")]
    public void Check_VariantDifferingOnlyByHyphens_IsNotATitleInconsistency(string variant)
    {
        // "Interfaith" / "Inter-faith" (Walsall) is one name spelt two ways, not two names.
        _fixture.Edit("demo/priorities.yaml", "title: \"Building Mutual Respect\"", $"title: \"{variant}\"").Edit("demo/priorities.yaml", "title: Building mutual respect", "title: Building mutualrespect");
        Assert.DoesNotContain(_fixture.Check().Findings, f => f.RuleId == "title-inconsistent");
    }

    [Fact]
    public void Check_MilestonePastAtApproval_IsNotAlsoOverdue()
    {
        _fixture.Edit("demo/strategy.yaml", "period:", "status: { state: draft, date: \"2010-07-02\" }\nperiod:");
        var findings = _fixture.Check(asOf: new Core.Model.PartialDate(2010, 9, 1, Core.Model.DatePrecision.Day)).Findings;
        Assert.Contains(findings, f => f.RuleId == "milestone-past-at-approval");
        Assert.DoesNotContain(findings, f => f.RuleId == "milestone-overdue");
    }

    [Fact]
    public void Check_SeveralMilestonesPastAtApproval_OneFindingListingThem()
    {
        // One cause (the plan went for decision without being re-dated), one finding: its milestones are members.
        _fixture.Edit("demo/actions.yaml", "actions:\n", FixtureText.ExtraAction("1.1.2", "1.1"))
            .Edit("demo/strategy.yaml", "period:", "status: { state: draft, date: \"2010-10-01\", body: Cabinet }\nperiod:");

        var findings = _fixture.Check(asOf: new Core.Model.PartialDate(2010, 11, 1, Core.Model.DatePrecision.Day)).Findings
            .Where(f => f.RuleId == "milestone-past-at-approval").ToArray();

        var finding = Assert.Single(findings);
        Assert.Equal("demo", finding.Target);
        Assert.Equal(["1.1.1/milestone-1", "1.1.2/milestone-1"], finding.Members.Select(m => m.Target).Order(StringComparer.Ordinal));
        Assert.StartsWith("2 milestones of the action plan were already past when the plan went for decision (draft 2010-10-01 (Cabinet))", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The draft strategy was consulted on.", false)]
    [InlineData("DRAFT - not for circulation.", true)]
    [InlineData("Targets are TBC.", true)]
    public void Check_DraftAsAWordOrAsAStamp_OnlyTheStampIsPlaceholderText(string narrative, bool expected)
    {
        // Walsall's Cabinet report speaks of "the draft Community Cohesion Strategy": a word, not text left unfinished.
        _fixture.Edit("demo/priorities.yaml", "    title: People\n", $"    title: People\n    narrative: {narrative}\n");
        Assert.Equal(expected, _fixture.Check().Findings.Any(f => f.RuleId == "placeholder-text"));
    }

    [Fact]
    public void Check_OldDatedValueWithALaterUndatedOne_IsNotStale()
    {
        // Wrexham: "have increased since 2005 from 51% to 67%" — the 67% names no survey year, so the data may be recent.
        _fixture.Edit("demo/indicators.yaml", "period: \"2009\", value: 55", "period: \"2006\", value: 55").Edit("demo/indicators.yaml", "period: \"2008\", value: 50", "period: \"2005\", value: 50")
            .Edit("demo/indicators.yaml", "      - { period: \"2006\", value: 55 }", "      - { period: \"2006\", value: 55 }\n      - { value: 67 }");
        Assert.DoesNotContain(_fixture.Check().Findings, f => f.RuleId == "indicator-stale");
    }

    [Fact]
    public void Check_CellOnlyACommitmentIsTaggedWith_StillEmptyAndNamesThePromise()
    {
        // A commitment is a promise, not delivery (docs/rules.md, "Coverage"): it no longer fills a matrix cell.
        _fixture
            .Edit("demo/actions.yaml", "national: [cic-2007-principles/shared-futures, white-paper-2006/leadership-and-engagement]", "national: [cic-2007-principles/shared-futures]")
            .Edit("demo/priorities.yaml", "            actions: [\"1.1.1\"]", "            actions: [\"1.1.1\"]\n            national: [cic-2007-principles/shared-futures, white-paper-2006/leadership-and-engagement]");

        var finding = Assert.Single(_fixture.Check().Findings, f => f.RuleId == "matrix-cell-empty");

        Assert.Equal("white-paper-2006/leadership-and-engagement\u00d7cic-2007-principles/shared-futures", finding.Target);
        Assert.Contains("(promised by commitment 1.1-c1, not yet in the action plan)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BodyNameWithOtherHyphensInProse_IsOneFindingListingEachSpelling()
    {
        _fixture
            .Edit("demo/strategy.yaml", "    name: Walsall College\n", "    name: Walsall College\n  - id: forum\n    name: Demo Inter-Faith Forum\n")
            .Edit("demo/priorities.yaml", "    title: People\n", "    title: People\n    narrative: The Demo Interfaith Forum met twice; the demo interfaith forum reported; the DEMO INTERFAITH FORUM agreed.\n");
        var finding = Assert.Single(_fixture.Check().Findings, f => f.RuleId == "body-named-several-ways");
        Assert.Equal("forum", finding.Target);
        Assert.Equal(["\u201cDemo Interfaith Forum\u201d (1/narrative)", "\u201cDEMO INTERFAITH FORUM\u201d (1/narrative)"], finding.Members.Select(m => m.Title).Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public void Check_BodyNameAsACommonNounInProse_IsNotAVariant()
    {
        _fixture
            .Edit("demo/strategy.yaml", "    name: Walsall College\n", "    name: Walsall College\n  - id: health\n    name: Health Services\n")
            .Edit("demo/priorities.yaml", "    title: People\n", "    title: People\n    narrative: Health services and Health Services will both take part.\n");
        Assert.DoesNotContain(_fixture.Check().Findings, f => f.RuleId == "body-named-several-ways");
    }

    [Fact]
    public void Check_UnmeasuredBranch_IsReportedAtItsHighestNodeOnly()
    {
        _fixture
            .Edit("demo/indicators.yaml", "    priorities: [\"1\"]\n", "    priorities: [\"1.1\"]\n")
            .Edit("demo/priorities.yaml", "priorities:\n", "priorities:\n  - id: \"2\"\n    kind: theme\n    title: Places\n    children:\n      - id: \"2.1\"\n        title: Homes\n");
        var hits = _fixture.Check().Findings.Where(f => f.RuleId == "priority-no-indicator").Select(f => f.Target).ToArray();
        Assert.Equal(["2"], hits);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    public void Check_CountOfANationalFrameworkTheTextRestates_IsCheckedAgainstItsItems(int stated, bool reported)
    {
        _fixture.Edit("demo/strategy.yaml", "  - list: principles\n", $"  - list: framework/white-paper-2006\n    stated: {stated}\n    text: the White Paper's priorities\n  - list: principles\n");
        Assert.Equal(reported, _fixture.Check().Findings.Any(f => f.RuleId == "count-mismatch" && f.Target == "count-framework-white-paper-2006"));
    }
}
