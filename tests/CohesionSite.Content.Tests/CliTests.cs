namespace CohesionSite.Content.Tests;

/// <summary>The cohesion command as a user runs it: a real process, real files, exit codes and messages.</summary>
public sealed class CliTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Validate_ShippedContent_ExitsZero()
    {
        var (code, stdout, stderr) = Run(Repo.Root, "validate");
        Assert.True(code == 0, stderr);
        Assert.StartsWith("valid: 5 strategies", stdout);
    }

    [Fact]
    public void Validate_BrokenFile_PrintsFileLineColumnAndExitsTwo()
    {
        var repo = MakeRepo();
        _content.Write("demo/actions.yaml", "plan: { state: present }\nactions:\n  - id: \"1.1.1\"\n    text: x\n    leads: [walsal-council]\n");
        var (code, _, stderr) = Run(repo, "validate");
        Assert.Equal(2, code);
        Assert.Contains("content/demo/actions.yaml:5:13: error: unknown partner 'walsal-council' (did you mean 'walsall-council'?)", stderr);
        Assert.Contains("1 error", stderr);
    }

    [Fact]
    public void Build_BrokenContent_LeavesPreviousOutputIntact()
    {
        var repo = MakeRepo();
        var (ok, _, okErr) = Run(repo, "build");
        Assert.True(ok == 0, okErr);
        var output = Path.Combine(repo, "output");
        var before = Directory.GetFiles(output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        Assert.NotEmpty(before);

        _content.Write("demo/outcomes.yaml", "outcomes: [ { id: x, title: ");
        var (code, _, stderr) = Run(repo, "build");
        Assert.Equal(2, code);
        Assert.Contains("content/demo/outcomes.yaml:", stderr);
        var after = Directory.GetFiles(output, "*", SearchOption.AllDirectories);
        Assert.Equal(before.Keys.Order(), after.Order());
        Assert.All(after, f => Assert.Equal(before[f], File.ReadAllBytes(f)));
    }

    [Fact]
    public void Build_HostOption_OverridesStatiqHostInSitemapAndRobots()
    {
        var repo = MakeRepo();

        var (code, _, stderr) = Run(repo, "build", "--host", "owner.github.io", "--link-root", "/repo/");

        Assert.True(code == 0, stderr);
        var output = Path.Combine(repo, "output");
        Assert.Contains("<loc>https://owner.github.io/repo/", File.ReadAllText(Path.Combine(output, "sitemap.xml")), StringComparison.Ordinal);
        Assert.Contains("https://owner.github.io/repo/sitemap.xml", File.ReadAllText(Path.Combine(output, "robots.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_HostWithSchemeOrPath_ExitsTwoAndWritesNothing()
    {
        var repo = MakeRepo();

        var (code, _, stderr) = Run(repo, "build", "--host", "https://owner.github.io/repo");

        Assert.Equal(2, code);
        Assert.Contains("--host 'https://owner.github.io/repo' must be a host name", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(repo, "output")));
    }

    [Fact]
    public void Export_ToFile_WritesJsonAndSaysWhere()
    {
        var repo = MakeRepo();
        var target = Path.Combine(repo, "model.json");
        var (code, _, stderr) = Run(repo, "export", "--out", target);
        Assert.True(code == 0, stderr);
        Assert.Contains("\"id\": \"demo\"", File.ReadAllText(target));
    }

    [Fact]
    public void Check_AsOfNotADate_ExitsTwoNamingTheOption()
    {
        var (code, _, stderr) = Run(Repo.Root, "check", "--as-of", "April 2010");
        Assert.Equal(2, code);
        Assert.Contains("--as-of 'April 2010' is not a date", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ShippedWithAndWithoutAsOf_EachOwnDateOrTheGivenOne()
    {
        var own = Path.Combine(_content.Root, "own.json");
        var given = Path.Combine(_content.Root, "given.json");
        Assert.Equal(0, Run(Repo.Root, "check", "--format", "json", "--out", own, "--fail-level", "none").Code);
        Assert.Equal(0, Run(Repo.Root, "check", "--format", "json", "--out", given, "--fail-level", "none", "--as-of", "2010-04-01").Code);
        using var ownJson = System.Text.Json.JsonDocument.Parse(File.ReadAllText(own));
        using var givenJson = System.Text.Json.JsonDocument.Parse(File.ReadAllText(given));
        Assert.Equal("2011-05", ownJson.RootElement.GetProperty("reportingDates").GetProperty("wrexham-2011-14").GetString());
        Assert.All(givenJson.RootElement.GetProperty("reportingDates").EnumerateObject(), d => Assert.Equal("2010-04-01", d.Value.GetString()));
    }

    [Fact]
    public void Cli_UnknownOption_ExitsTwo()
    {
        var (code, _, stderr) = Run(Repo.Root, "validate", "--no-such-option");
        Assert.Equal(2, code);
        Assert.Contains("--no-such-option", stderr);
    }

    [Fact]
    public void Validate_NoSettingsFile_ExitsTwoWithAClearMessage()
    {
        var empty = Path.Combine(Path.GetTempPath(), "cohesion-nosettings-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(empty);
        try
        {
            var (code, _, stderr) = Run(empty, "validate");
            Assert.Equal(2, code);
            Assert.Contains("no statiq.json", stderr);
        }
        finally
        {
            Directory.Delete(empty, true);
        }
    }

    private string MakeRepo()
    {
        var repo = Path.GetDirectoryName(_content.Root)!;
        File.WriteAllText(Path.Combine(repo, "statiq.json"), "{ \"SiteTitle\": \"Test\", \"AsOf\": \"2010-04-01\" }");
        return repo;
    }

    private static (int Code, string Stdout, string Stderr) Run(string workingDirectory, params string[] args) =>
        CohesionSite.Tests.CliProcess.Run(workingDirectory, args);
}
