using CohesionSite.Tests;

namespace CohesionSite.Cli.Tests;

/// <summary><c>cohesion pack</c>: its refusals (no browser, unknown strategy, bad baseline) are one line and exit 2 with no PDF written.</summary>
public sealed class PackCommandTests : IDisposable
{
    private readonly TempRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Pack_ChromiumMissing_SaysHowToInstallExitsTwo()
    {
        var (code, _, stderr) = Pack(new() { ["COHESION_CHROMIUM"] = _repo["no-such-chromium"] }, "--strategy", "walsall-2008", "--pdf", _repo["pack.pdf"]);

        Assert.Equal(2, code);
        Assert.Contains("apt-get install -y chromium", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(_repo["pack.pdf"]));
    }

    [Fact]
    public void Pack_UnknownStrategy_NamesNearestIdExitsTwo()
    {
        var (code, _, stderr) = Pack(new(), "--strategy", "walsal-2008", "--pdf", _repo["pack.pdf"]);

        Assert.Equal(2, code);
        Assert.Contains("'walsal-2008'", stderr, StringComparison.Ordinal);
        Assert.Contains("did you mean 'walsall-2008'", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(_repo["pack.pdf"]));
    }

    [Fact]
    public void Pack_BaselineNotAReport_OneLineExitsTwoEarlierPdfKept()
    {
        File.WriteAllText(_repo["old.json"], "{\"nothing\": []}");
        File.WriteAllText(_repo["pack.pdf"], "earlier pack");

        var (code, _, stderr) = Pack(new(), "--strategy", "walsall-2008", "--pdf", _repo["pack.pdf"], "--baseline", _repo["old.json"]);

        Assert.Equal(2, code);
        Assert.Contains("not a findings report", stderr, StringComparison.Ordinal);
        Assert.Equal("earlier pack", File.ReadAllText(_repo["pack.pdf"]));
    }

    [Fact]
    public void Pack_NoPdfOption_UsageErrorExitsTwo()
    {
        var (code, _, stderr) = Pack(new(), "--strategy", "walsall-2008");

        Assert.Equal(2, code);
        Assert.Contains("--pdf", stderr, StringComparison.Ordinal);
    }

    private (int Code, string Stdout, string Stderr) Pack(Dictionary<string, string> environment, params string[] args) =>
        CliProcess.Process(_repo.Root, "dotnet", [Path.Combine(AppContext.BaseDirectory, "cohesion.dll"), "pack", .. args], environment);
}
