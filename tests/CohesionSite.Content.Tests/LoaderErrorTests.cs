using CohesionSite.Core.Diagnostics;

namespace CohesionSite.Content.Tests;

/// <summary>Every error kind the loader reports, with its exact file:line:column and wording (golden messages).</summary>
public sealed class LoaderErrorTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Load_MinimalContent_HasNoDiagnostics()
    {
        var result = _content.Load();
        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Content);
        Assert.Equal("demo", Assert.Single(result.Content.Strategies).Id);
    }

    [Fact]
    public void Load_UnknownPartner_NamesFileLineColumnAndSuggestion()
    {
        _content.Write("demo/actions.yaml", """
            plan: { state: present }
            actions:
              - id: "1.1.1"
                text: Engage with schools
                priority: "1.1"
                leads:
                  - walsall-college
                  - walsal-council
            """);
        var messages = _content.Messages();
        Assert.Equal(
            "content/demo/actions.yaml:8:9: error: unknown partner 'walsal-council' (did you mean 'walsall-council'?); 'leads' of action item must name an existing partner",
            Assert.Single(messages));
        var result = _content.Load();
        Assert.Equal(DiagnosticCodes.RefUnknown, result.Diagnostics[0].Code);
        Assert.NotNull(result.Content); // integrity errors keep the model for the gap rules
    }

    [Fact]
    public void Load_YamlSyntaxError_PointsAtTheBadToken()
    {
        _content.Write("demo/actions.yaml", "plan:\n  state: present\nactions: [ unclosed\n");
        var d = Assert.Single(_content.Load().Diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax, d.Code);
        Assert.Equal("content/demo/actions.yaml", d.Mark.File);
        Assert.True(d.Mark.Line >= 3, d.ToString());
        Assert.StartsWith("content/demo/actions.yaml:", d.ToString());
        Assert.Null(_content.Load().Content);
    }

    [Fact]
    public void Load_UnreadableActionsFile_OneErrorAndANoteInsteadOfFalseReferenceErrors()
    {
        _content.Write("demo/priorities.yaml", """
            priorities:
              - id: "1"
                kind: theme
                title: People
                commitments:
                  - id: c1
                    text: Run events
                    actions: ["1.1.1", "1.1.2"]
            """);
        _content.Write("demo/actions.yaml", "plan: { state: present }\nactions:\n  - id: \"1.1.1\"\n    text: x\n\t- id: \"1.1.2\"\n");

        var diagnostics = _content.Load().Diagnostics;

        Assert.Equal(
            [
                "content/demo/actions.yaml:5:1: error: invalid YAML: a tab is used for indentation here; YAML indents with spaces only (replace the tab with spaces)",
                "content/demo/actions.yaml:5:1: note: references to its actions from other files were not checked, because this file could not be read; fix it and validate again",
            ],
            diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Load_UnclosedFlowListAtEndOfFile_ReportsSyntaxErrorInsteadOfThrowing()
    {
        // YamlDotNet throws InvalidOperationException (not YamlException) for this shape.
        _content.Write("demo/strategy.yaml", "id: demo\ntitle: [broken\npartnership: Demo\n");
        var d = Assert.Single(_content.Load().Diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax, d.Code);
        Assert.Equal("content/demo/strategy.yaml:2:8: error: invalid YAML: the flow list '[…]' opened here is not closed; expected ']'", d.ToString());
    }

    [Fact]
    public void Load_UnknownField_ListsExpectedAndSuggests()
    {
        _content.Write("demo/actions.yaml", """
            plan: { state: present }
            actions:
              - id: "1.1.1"
                text: Engage
                lead: [walsall-council]
            """);
        var message = Assert.Single(_content.Messages());
        Assert.StartsWith("content/demo/actions.yaml:5:5: error: unknown field 'lead' in action item (did you mean 'leads'?); expected one of: id, text, priority, milestones, leads,", message);
    }

    [Fact]
    public void Load_WrongType_SaysWhatWasExpected()
    {
        _content.Write("demo/indicators.yaml", """
            indicators:
              - id: ni-1-local
                title: Getting on well
                baseline: { period: 2007/08, value: 74% }
            """);
        Assert.Equal(
            "content/demo/indicators.yaml:4:41: error: 'value' is '74%'; expected a number (without units or %, e.g. 74)",
            Assert.Single(_content.Messages()));
    }

    [Fact]
    public void Load_MissingRequiredField_NamesTheField()
    {
        _content.Write("demo/actions.yaml", """
            plan: { state: present }
            actions:
              - id: "1.1.1"
                priority: "1.1"
            """);
        Assert.Equal(
            "content/demo/actions.yaml:3:5: error: missing required field 'text' in action item",
            Assert.Single(_content.Messages()));
    }

    [Fact]
    public void Load_DuplicateId_NamesBothPlaces()
    {
        _content.Write("demo/actions.yaml", """
            plan: { state: present }
            actions:
              - id: "1.1.1"
                text: One
              - id: "1.1.1"
                text: Two
            """);
        Assert.Equal(
            "content/demo/actions.yaml:5:9: error: duplicate action id '1.1.1' (first defined at content/demo/actions.yaml:3:9); expected ids unique in their scope",
            Assert.Single(_content.Messages()));
    }

    [Fact]
    public void Load_InvalidDateAndPeriodOrder_AreIntegrityErrors()
    {
        _content.Write("demo/actions.yaml", """
            plan: { state: present }
            actions:
              - id: "1.1.1"
                text: One
                milestones:
                  - text: Meeting held
                    due: "2008-13"
                  - text: Report
                    start: "2009-05"
                    due: "2009-01"
            """);
        var result = _content.Load();
        Assert.Equal([DiagnosticCodes.DateInvalid, DiagnosticCodes.PeriodOrder], result.Diagnostics.Select(d => d.Code));
        Assert.Equal("content/demo/actions.yaml:7:14: error: 'due' is '2008-13', which is not a date; expected yyyy, yyyy-MM or yyyy-MM-dd (e.g. \"2008-11\")", result.Diagnostics[0].ToString());
        Assert.NotNull(result.Content);
    }

    [Fact]
    public void Load_SeveralErrorsInSeveralFiles_AllReportedInFileOrder()
    {
        _content.Write("demo/actions.yaml", """
            plan: { state: presnt }
            actions:
              - id: "1.1.1"
                text: One
                priority: "9.9"
            """);
        _content.Write("demo/outcomes.yaml", "outcomes:\n  - id: Bad Id\n    title: x\n");
        var messages = _content.Messages();
        Assert.Equal(3, messages.Length);
        Assert.Contains("'state' is 'presnt' (did you mean 'present'?); expected one of: present, none, missing, to-be-agreed", messages[0]);
        Assert.Contains("unknown priority '9.9'", messages[1]);
        Assert.StartsWith("content/demo/outcomes.yaml:2:9: error: 'id' is 'Bad Id', which does not match the id pattern", messages[2]);
    }

    [Fact]
    public void Load_UnknownNationalItem_SuggestsTheFullRef()
    {
        _content.Write("demo/actions.yaml", """
            plan: { state: present }
            actions:
              - id: "1.1.1"
                text: One
                national: [white-paper-2006/leadership-and-engagment]
            """);
        Assert.Contains("unknown framework item 'white-paper-2006/leadership-and-engagment' (did you mean 'white-paper-2006/leadership-and-engagement'?)", Assert.Single(_content.Messages()));
    }

    [Fact]
    public void Load_AliasBomb_StopsAtTheNodeBudget()
    {
        // Each level repeats the previous one ten times: 10^7 sections from about a kilobyte.
        var lines = new List<string> { "id: demo", "title: t", "partnership: p", "area: a", "source: { seed: s }", "sections:", "  - &s0 { id: s0, title: t }" };
        for (var i = 1; i <= 7; i++)
        {
            var refs = string.Join(", ", Enumerable.Repeat($"*s{i - 1}", 10));
            lines.Add($"  - &s{i} {{ id: s{i}, title: t, children: [{refs}] }}");
        }

        _content.Write("demo/strategy.yaml", string.Join("\n", lines) + "\n");

        // A smaller budget than the default keeps the test quick; the mechanism is the same.
        var result = ContentLoader.Load(_content.Root, new LoadOptions { Limits = new Yaml.YamlLimits(MaxNodes: 100_000) });
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.TooLarge, d.Code);
        Assert.Contains("expands to more than 100,000 nodes", d.Message);
        Assert.Null(result.Content);
    }

    [Fact]
    public void Load_OversizeFile_RejectedBeforeParsing()
    {
        var path = Path.Combine(_content.Root, "demo", "evidence.yaml");
        using (var f = File.Create(path))
        {
            f.SetLength(9L * 1024 * 1024);
        }

        var d = Assert.Single(_content.Load().Diagnostics);
        Assert.Equal(DiagnosticCodes.TooLarge, d.Code);
        Assert.Equal("content/demo/evidence.yaml:1:1: error: file is 9,437,184 bytes; content files may be at most 8,388,608 bytes", d.ToString());
    }

    [Fact]
    public void Load_InvalidUtf8_ReportsLineOfBadByte()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("figures:\n  - id: f\n    label: caf").Concat(new byte[] { 0xC3, 0x28 }).Concat(System.Text.Encoding.UTF8.GetBytes("\n    text: x\n")).ToArray();
        _content.WriteBytes("demo/evidence.yaml", bytes);
        Assert.Equal(
            "content/demo/evidence.yaml:3:15: error: invalid UTF-8 byte sequence; content files must be UTF-8 text",
            Assert.Single(_content.Messages()));
    }

    [Fact]
    public void Load_DuplicateKey_ReportedAtTheSecondKey()
    {
        _content.Write("demo/outcomes.yaml", "outcomes:\n  - id: a\n    title: First\n    title: Second\n");
        Assert.Equal(
            "content/demo/outcomes.yaml:4:5: error: duplicate key 'title' in this mapping; expected each key once",
            Assert.Single(_content.Messages()));
    }

    [Fact]
    public void Load_AliasToUndefinedAnchor_IsASyntaxError()
    {
        _content.Write("demo/outcomes.yaml", "outcomes: *nothing\n");
        var d = Assert.Single(_content.Load().Diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax, d.Code);
        Assert.StartsWith("content/demo/outcomes.yaml:1:", d.ToString());
    }

    [Fact]
    public void Load_EmptyFile_SaysAMappingIsExpected()
    {
        _content.Write("demo/outcomes.yaml", string.Empty);
        Assert.Equal("content/demo/outcomes.yaml:1:1: error: the file is empty; expected a mapping of fields", Assert.Single(_content.Messages()));
    }

    [Fact]
    public void Load_ListInsteadOfMap_SaysAMappingIsExpected()
    {
        _content.Write("demo/outcomes.yaml", "- id: a\n  title: b\n");
        Assert.Equal("content/demo/outcomes.yaml:1:1: error: expected a mapping of fields for outcomes file but found a list", Assert.Single(_content.Messages()));
    }

    [Fact]
    public void Load_UnknownFileInStrategyFolder_IsAnError()
    {
        _content.Write("demo/action.yaml", "plan: { state: none }\n");
        Assert.Contains("content/demo/action.yaml:1:1: error: unknown file 'action.yaml' (did you mean 'actions.yaml'?)", Assert.Single(_content.Messages()));
    }

    [Fact]
    public void Load_StrategyIdDiffersFromFolder_IsAnError()
    {
        _content.Write("demo/strategy.yaml", TempContent.Strategy.Replace("id: demo", "id: other"));
        Assert.Equal("content/demo/strategy.yaml:1:5: error: strategy id 'other' differs from its folder name 'demo'; expected them to be the same", Assert.Single(_content.Messages()));
    }
}
