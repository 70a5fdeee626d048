using CohesionSite.Content;
using CohesionSite.Rules.Reporting;
using NJsonSchema;

namespace CohesionSite.Rules.Tests;

/// <summary>The writers: deterministic JSON valid against its schema, SARIF valid against SARIF 2.1.0, baselines, waivers, Markdown.</summary>
public sealed class ReportWriterTests : IDisposable
{
    private readonly RuleFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private RuleFixture WithGaps() => _fixture
        .Edit("demo/actions.yaml", "rag: green", "rag: red")
        .Edit("demo/actions.yaml", "    leads: [walsall-council]\n", string.Empty)
        .Edit("demo/strategy.yaml", "countClaims:", "waivers:\n  - rule: action-no-lead\n    target: \"1.1.1\"\n    reason: Lead | to be agreed\n    owner: Demo Partnership\n    expires: \"2011\"\ncountClaims:");

    [Fact]
    public async Task Json_SameContentTwice_ByteIdenticalAndValidAgainstSchema()
    {
        WithGaps();
        var first = JsonReportWriter.Write(_fixture.Check());
        var second = JsonReportWriter.Write(_fixture.Check());
        Assert.Equal(first, second);
        var schema = await JsonSchema.FromJsonAsync(ReportSchemas.Findings);
        Assert.Empty(schema.Validate(first).Select(e => e.ToString()));
    }

    [Fact]
    public void Json_SchemaFile_IsTheOneShippedInSchemas()
    {
        Assert.Equal(ReportSchemas.Findings, File.ReadAllText(Path.Combine(Repo.Root, "schemas", "findings.schema.json")).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Check_WaivedFinding_IsReportedButNotCounted()
    {
        var report = WithGaps().Check();
        var waived = Assert.Single(report.Findings, f => f.RuleId == "action-no-lead");
        Assert.True(waived.Waived);
        Assert.Equal(1, CohesionSite.Analysis.Findings.GapSummary.AtOrAbove(report, Severity.Warning)); // action-rag-red only
        Assert.DoesNotContain(report.Findings, f => f.RuleId.StartsWith("waiver-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sarif_ReportWithWaiverAndBaseline_ValidatesAgainstSarif210Schema()
    {
        var report = WithGaps().Check();
        var baseline = Baseline.Apply(report, [report.Findings[0]]);
        var sarif = SarifReportWriter.Write(baseline, "https://github.com/x/y/blob/main");
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "sarif-schema-2.1.0.json"));
        Assert.Empty(schema.Validate(sarif).Select(e => e.ToString()));
        Assert.Contains("\"suppressions\"", sarif, StringComparison.Ordinal);
        Assert.Contains("\"baselineState\": \"unchanged\"", sarif, StringComparison.Ordinal);
        Assert.Contains("\"uri\": \"content/demo/actions.yaml\"", sarif, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sarif_WrongLevelOrUnknownProperty_IsRejectedByTheSchema()
    {
        var sarif = SarifReportWriter.Write(WithGaps().Check());
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "sarif-schema-2.1.0.json"));
        Assert.NotEmpty(schema.Validate(sarif.Replace("\"level\": \"warning\"", "\"level\": \"info\"", StringComparison.Ordinal)));
        Assert.NotEmpty(schema.Validate(sarif.Replace("\"ruleId\":", "\"rule\":", StringComparison.Ordinal)));
    }

    [Fact]
    public void Sarif_FindingMovedByUnrelatedEdit_KeepsItsFingerprint()
    {
        var before = WithGaps().Check().Findings.Single(f => f.RuleId == "action-rag-red");
        var after = _fixture.Edit("demo/actions.yaml", "plan: { state: present }", "plan:\n  state: present\n  title: The plan\n").Check().Findings.Single(f => f.RuleId == "action-rag-red");
        Assert.NotEqual(before.Mark.Line, after.Mark.Line);
        Assert.Equal(SarifReportWriter.Fingerprint(before), SarifReportWriter.Fingerprint(after));
    }

    [Fact]
    public void Baseline_EarlierJson_MarksNewUnchangedAndResolvedByKeyNotLine()
    {
        var earlier = WithGaps().Check();
        var json = JsonReportWriter.Write(earlier);
        var now = _fixture
            .Edit("demo/actions.yaml", "rag: red", "rag: amber")
            .Edit("demo/actions.yaml", "plan: { state: present }", "plan:\n  state: present\n")
            .Check();
        var compared = Baseline.Apply(now, Baseline.Read(json, "old.json"));
        Assert.Equal(BaselineState.New, compared.Findings.Single(f => f.RuleId == "action-rag-amber").BaselineState);
        Assert.Equal(BaselineState.Unchanged, compared.Findings.Single(f => f.RuleId == "action-no-lead").BaselineState);
        Assert.Equal("action-rag-red", Assert.Single(compared.Resolved).RuleId);
        Assert.Contains("\"resolved\": 1", JsonReportWriter.Write(compared), StringComparison.Ordinal);
    }

    [Fact]
    public void Baseline_NotAReport_FailsWithAClearMessage()
    {
        var error = Assert.Throws<FormatException>(() => Baseline.Read("{\"x\": 1}", "old.json"));
        Assert.Equal("old.json: not a findings report: expected an object with a \"findings\" array (write one with --format json)", error.Message);
    }

    [Fact]
    public void Markdown_FindingsTable_EscapesCellsAndLinksToTheYamlLine()
    {
        var md = MarkdownReportWriter.Write(WithGaps().Check(), "https://github.com/x/y/blob/main");
        Assert.Contains("<summary>warning <code>action-rag-red</code>", md, StringComparison.Ordinal);
        Assert.Contains("| warning | demo | 1.1.1 | [content/demo/actions.yaml:", md, StringComparison.Ordinal);
        Assert.Contains("](https://github.com/x/y/blob/main/content/demo/actions.yaml#L", md, StringComparison.Ordinal);
        Assert.Contains("| 0 | 1 | 0 | 1 |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_WithoutColour_HasNoEscapeCodesAndCountsPerSeverity()
    {
        using var writer = new StringWriter();
        TextReportWriter.Write(WithGaps().Check(), writer, colour: false);
        var text = writer.ToString();
        Assert.DoesNotContain("\u001b[", text, StringComparison.Ordinal);
        Assert.Contains("  demo  0 errors, 1 warning, 0 info, 1 waived", text, StringComparison.Ordinal);
        Assert.Contains("content/demo/actions.yaml:", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_NoWidth_NeverWrapsAndWidth_WrapsWithHangingIndent()
    {
        var report = WithGaps().Check();
        using var whole = new StringWriter();
        TextReportWriter.Write(report, whole, colour: false);
        using var narrow = new StringWriter();
        TextReportWriter.Write(report, narrow, colour: false, width: 40);

        var finding = whole.ToString().Split('\n').First(l => l.Contains("content/demo/actions.yaml:", StringComparison.Ordinal));
        Assert.True(finding.Length > 40, finding);
        var wrapped = narrow.ToString().Split('\n');
        Assert.All(wrapped, l => Assert.True(l.Length <= 40 || !l.Trim().Contains(' ', StringComparison.Ordinal), l));
        Assert.Contains(wrapped, l => l.StartsWith("        ", StringComparison.Ordinal) && !l.TrimStart().StartsWith("content/", StringComparison.Ordinal));
        var indent = finding[..(finding.Length - finding.TrimStart(' ').Length)];
        Assert.All(wrapped.Where(l => l.Contains("content/demo/actions.yaml:", StringComparison.Ordinal)), l => Assert.StartsWith(indent + "content/", l, StringComparison.Ordinal));
        static string Words(string text) => string.Join(' ', text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(Words(whole.ToString()), Words(narrow.ToString()));
    }

    [Fact]
    public void Sections_ErrorsThenNewThenByRule_EachFindingOnce()
    {
        var report = WithGaps().Check();
        var sections = new ReportSections(report);

        var all = sections.Errors.Concat(sections.New).Concat(sections.ByRule.SelectMany(g => g.Findings)).ToArray();
        Assert.Equal(report.Findings.Count, all.Length);
        Assert.Equal(report.Findings.ToHashSet(), all.ToHashSet());
        Assert.Equal(sections.ByRule.OrderByDescending(g => g.Severity).ThenBy(g => g.RuleId, StringComparer.Ordinal).Select(g => g.RuleId), sections.ByRule.Select(g => g.RuleId));
    }

    [Theory]
    [InlineData("error", 0)]
    [InlineData("warning", 1)]
    [InlineData("none", 0)]
    public void ExitReason_FailLevel_CodeAndWords(string level, int expected)
    {
        var report = WithGaps().Check();
        var (code, line) = ExitReason.Of(report, ReportNames.TryParse(level, out var s) ? s : null);

        Assert.Equal(expected, code);
        Assert.StartsWith($"exit {expected}: ", line, StringComparison.Ordinal);
        Assert.Contains(level == "warning" ? "1 warning at or above --fail-level warning (1 waived, not counted)" : level, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ShippedContentTwice_SameReportAndEveryFindingHasAPlace()
    {
        // Sessions run in parallel: the report must not depend on which finishes first.
        var loaded = ContentLoader.Load(Repo.ContentRoot);
        Assert.NotNull(loaded.Content);
        var checker = new GapChecker(Repo.Rules);
        var first = checker.Check(loaded.Content, loaded.Diagnostics).Report;
        var second = checker.Check(loaded.Content, loaded.Diagnostics).Report;
        Assert.Equal(JsonReportWriter.Write(first), JsonReportWriter.Write(second));
        Assert.NotEmpty(first.Findings);
        Assert.All(first.Findings, f => Assert.True(f.Mark.IsKnown && f.Mark.Line > 0, f.Key));
    }
}
