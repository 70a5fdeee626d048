using System.Text.Json;
using CohesionSite.Tools.Bench;

namespace CohesionSite.Tools.Tests;

/// <summary>
/// <c>cohesion bench</c> at a tiny size, as CI runs it: a complete table and JSON (never a time
/// assertion), plus its helpers (statistics, the Hugo content tree, HTML to Markdown).
/// </summary>
public sealed class BenchTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cohesion-bench-test-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, true);
        }
    }

    [Fact]
    [Trait(CohesionSite.Tests.TestCategory.Name, CohesionSite.Tests.TestCategory.Slow)]
    public void Bench_TinySize_PrintsEveryColumnAndWritesCompleteJson()
    {
        var json = Path.Combine(_folder, "bench.json");
        var work = Path.Combine(_folder, "work");
        var (code, stdout, stderr) = CliProcess.Tools(RepositoryRoot.Path, "bench", "--sizes", "30", "--repeat", "1", "--out", json, "--work", work);
        Assert.True(code == 0, stderr);

        Assert.All(BenchTable.Columns, c => Assert.Contains(c, stdout));
        Assert.All(BenchTable.CommandColumns, c => Assert.Contains(c, stdout));
        Assert.Contains("| cohesion", stdout);
        Assert.False(Directory.Exists(work), "the scratch folder is removed");

        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var size = Assert.Single(doc.RootElement.GetProperty("sizes").EnumerateArray());
        Assert.Equal(30, size.GetProperty("targetPages").GetInt32());
        Assert.Equal(SyntheticWorkspace.StrategiesFor(30, 20), size.GetProperty("strategies").GetInt32());
        var ours = size.GetProperty("ours");
        Assert.Equal((SyntheticWorkspace.StrategiesFor(30, 20) * SyntheticWorkspace.PagesPerStrategy(20)) + SyntheticWorkspace.SitePages, ours.GetProperty("pages").GetInt32());
        Assert.True(ours.GetProperty("outputBytes").GetInt64() > 0);
        foreach (var stat in new[] { ours.GetProperty("wallMs"), ours.GetProperty("peakMiB"), ours.GetProperty("pagesPerSecond") })
        {
            Assert.True(stat.GetProperty("min").GetDouble() > 0);
            Assert.True(stat.GetProperty("median").GetDouble() >= stat.GetProperty("min").GetDouble());
        }

        var stages = size.GetProperty("stages");
        foreach (var name in new[] { "loadMs", "rulesMs", "prepareMs", "renderMs", "writeMs", "linkCheckMs", "inProcessMs" })
        {
            Assert.True(stages.GetProperty(name).GetProperty("min").GetDouble() >= 0, name);
        }

        Assert.Equal(JsonValueKind.Null, size.GetProperty("hugo").ValueKind);
        var commands = size.GetProperty("commands").EnumerateArray().ToArray();
        Assert.Equal(["check", "validate"], commands.Select(c => c.GetProperty("command").GetString()));
        Assert.All(commands, c => Assert.True(c.GetProperty("wallMs").GetProperty("min").GetDouble() > 0));

        // The floor: the same workspace read, the same files written as ours (check: its report; validate: none).
        var floor = size.GetProperty("floor");
        Assert.Equal(ours.GetProperty("outputBytes").GetInt64(), floor.GetProperty("writtenBytes").GetInt64());
        Assert.True(floor.GetProperty("files").GetInt32() > ours.GetProperty("pages").GetInt32(), "every page and asset is a file");
        Assert.True(floor.GetProperty("readBytes").GetInt64() > 0);
        Assert.True(floor.GetProperty("wallMs").GetProperty("min").GetDouble() > 0);
        Assert.True(size.GetProperty("oursPerFloor").GetProperty("min").GetDouble() > 0);
        Assert.Equal(1, commands[0].GetProperty("floor").GetProperty("files").GetInt32());
        Assert.True(commands[0].GetProperty("floor").GetProperty("writtenBytes").GetInt64() > 0);
        Assert.Equal(0, commands[1].GetProperty("floor").GetProperty("files").GetInt32());
        Assert.True(commands[1].GetProperty("floor").GetProperty("readBytes").GetInt64() > 0);
        Assert.All(commands, c => Assert.True(c.GetProperty("oursPerFloor").GetProperty("min").GetDouble() > 0));
    }

    [Fact]
    public void Bench_BadSizes_ExitsTwo()
    {
        var (code, _, stderr) = CliProcess.Tools(RepositoryRoot.Path, "bench", "--sizes", "10,abc");
        Assert.Equal(2, code);
        Assert.Contains("--sizes", stderr);
    }

    [Fact]
    public void StatOf_EvenAndOddCounts_GivesMinAndMedian()
    {
        Assert.Equal(new Stat(1, 2), Stat.Of([3, 1, 2]));
        Assert.Equal(new Stat(1, 2.5), Stat.Of([4, 1, 3, 2]));
        Assert.Equal(new Stat(0, 0), Stat.Of([]));
    }

    [Theory]
    [InlineData(".", "_index.md")]
    [InlineData("strategies/walsall", "strategies/walsall/_index.md")]
    [InlineData("strategies/walsall/actions", "strategies/walsall/actions.md")]
    [InlineData("search", "search.md")]
    public void HugoTarget_PageFolder_MapsToSameUrl(string folder, string expected) =>
        Assert.Equal(expected, HugoSite.Target(folder));

    [Fact]
    public void HtmlToMarkdown_MainWithHeadingsListsTablesAndLinks_KeepsTheirText()
    {
        var html = "<html><title>T</title><body><nav>skip me</nav><main><h1>Action plan</h1><h2 id=\"a\">Plan</h2><p>Some <a href=\"/x/\">link</a> text.</p>"
            + "<ul><li>one</li><li>two</li></ul><table><tr><th>Ref</th><th>Text</th></tr><tr><td>1.1</td><td>a | b</td></tr></table>"
            + "<svg><text>chart</text></svg><script>var x;</script></main></body></html>";
        Assert.Equal("Action plan", HtmlToMarkdown.Title(html));
        var markdown = HtmlToMarkdown.Convert(html);
        Assert.Equal(
            "## Plan\n\nSome [link](/x/) text.\n\n- one\n\n- two\n\n| Ref | Text |\n| --- | --- |\n| 1.1 | a &#124; b |\n\n",
            markdown);
    }
}
