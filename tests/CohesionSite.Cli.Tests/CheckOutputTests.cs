namespace CohesionSite.Cli.Tests;

/// <summary>check as a reviewer reads it in a pipe, a file or a CI log: whole lines, errors first, new findings next, and a last line that says why the exit code is what it is.</summary>
public sealed class CheckOutputTests : IDisposable
{
    private readonly TempRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Check_TextIntoAPipe_ErrorsFirstAndNoFindingLineBroken()
    {
        BreakAPartnerReference();

        var (code, stdout, stderr) = _repo.Run("check");

        Assert.True(code == 1, stderr);
        var lines = stdout.Split('\n');
        Assert.Equal("Errors: 1", lines[0]);
        Assert.StartsWith("  content/walsall-2008/actions.yaml:", lines[1], StringComparison.Ordinal);
        Assert.Contains(": error: unknown partner 'walsall-councl'", lines[1], StringComparison.Ordinal);
        Assert.Contains("[ref-unknown]", lines[1], StringComparison.Ordinal);

        // Every finding (and each member listed under one) is one whole line: a continuation would start with spaces but no file:line:column.
        Assert.All(lines.Where(l => l.StartsWith("    ", StringComparison.Ordinal)), l => Assert.Matches(@"^(    content/[^:]+:\d+:\d+: (error|warning|info): |      - content/[^:]+:\d+:\d+: )", l));
        Assert.Contains(lines, l => l.Length > 120);
    }

    [Fact]
    public void Check_FailLevelWarning_LastLineSaysWhyItExitsOne()
    {
        var (code, _, stderr) = _repo.Run("check", "--fail-level", "warning");

        Assert.Equal(1, code);
        Assert.Matches(@"^exit 1: \d+ warnings at or above --fail-level warning$", stderr.TrimEnd().Split('\n')[^1]);
    }

    [Fact]
    public void Check_NothingAtFailLevel_LastLineSaysWhyItExitsZero()
    {
        var (code, _, stderr) = _repo.Run("check", "--strategy", "east-midlands-2009");

        Assert.Equal(0, code);
        Assert.StartsWith("exit 0: no unwaived errors (--fail-level error)", stderr.TrimEnd().Split('\n')[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OneStrategyAgainstAFullBaseline_OnlyThatStrategyCompared()
    {
        Assert.Equal(0, _repo.Run("check", "--format", "json", "--out", "full.json", "--fail-level", "none").Code);

        var (code, stdout, stderr) = _repo.Run("check", "--strategy", "walsall-2008", "--baseline", "full.json", "--fail-level", "none");

        Assert.True(code == 0, stderr);
        Assert.DoesNotContain("Resolved since the baseline", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("New since the baseline", stdout, StringComparison.Ordinal);
        Assert.Contains("0 new, ", stdout, StringComparison.Ordinal);
        Assert.Contains(", 0 resolved", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MarkdownWithBaseline_NewFindingsGroupedBeforeTheRest()
    {
        Assert.Equal(0, _repo.Run("check", "--format", "json", "--out", "before.json", "--fail-level", "none").Code);
        var actions = _repo["content/walsall-2008/actions.yaml"];
        var text = File.ReadAllText(actions);
        var at = text.LastIndexOf("\n  - id:", StringComparison.Ordinal);
        File.WriteAllText(actions, text + "  - id: \"9.9.9\"\n    text: A new action nobody leads\n    priority: \"1.1\"\n");
        Assert.True(at > 0);

        var (code, stdout, stderr) = _repo.Run("check", "--format", "markdown", "--baseline", "before.json", "--fail-level", "none");

        Assert.True(code == 0, stderr);
        var newSection = stdout.IndexOf("### New since the baseline (", StringComparison.Ordinal);
        var rest = stdout.IndexOf("### Other findings, by rule", StringComparison.Ordinal);
        Assert.True(newSection > 0 && rest > newSection, stdout);
        Assert.Contains("9.9.9", stdout[newSection..rest], StringComparison.Ordinal);
        Assert.DoesNotContain("9.9.9", stdout[rest..], StringComparison.Ordinal);
    }

    private void BreakAPartnerReference()
    {
        var actions = _repo["content/walsall-2008/actions.yaml"];
        var text = File.ReadAllText(actions);
        var at = text.IndexOf("- walsall-council", StringComparison.Ordinal);
        Assert.True(at > 0);
        File.WriteAllText(actions, string.Concat(text.AsSpan(0, at), "- walsall-councl", text.AsSpan(at + "- walsall-council".Length)));
    }
}
