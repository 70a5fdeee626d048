using CohesionSite.Tools.Bench;

namespace CohesionSite.Tools.Tests;

/// <summary>The bench finds Hugo and installs nothing: a missing Hugo is a message saying how to install it.</summary>
public sealed class HugoTests : IDisposable
{
    private readonly string _empty = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "cohesion-hugo-test-" + Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_empty, recursive: true);

    [Fact]
    public void Find_NotOnPath_SaysHowToInstallAndReturnsNull()
    {
        var log = new StringWriter();

        Assert.Null(Hugo.Find(log, _empty));
        Assert.Contains("hugo is not installed", log.ToString(), StringComparison.Ordinal);
        Assert.Contains("apt-get install -y hugo", log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Find_OnPath_ReturnsItWithoutAMessage()
    {
        var hugo = Path.Combine(_empty, "hugo");
        File.WriteAllText(hugo, "#!/bin/sh\n");
        var log = new StringWriter();

        Assert.Equal(hugo, Hugo.Find(log, _empty));
        Assert.Empty(log.ToString());
    }

    [Fact]
    public void Bench_HugoAskedForButMissing_ExitsTwoSayingHowToInstallIt()
    {
        var (code, _, stderr) = CliProcess.Process(RepositoryRoot.Path, "dotnet", [Path.Combine(AppContext.BaseDirectory, "cohesion-tools.dll"), "bench", "--sizes", "10", "--hugo"],
            new Dictionary<string, string> { ["PATH"] = Path.GetDirectoryName(Environment.ProcessPath!)! + Path.PathSeparator + _empty });

        Assert.Equal(2, code);
        Assert.Contains("hugo is not installed", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("installing hugo", stderr, StringComparison.Ordinal);
    }
}
