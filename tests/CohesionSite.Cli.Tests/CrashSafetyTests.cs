using System.Diagnostics;

namespace CohesionSite.Cli.Tests;

/// <summary>
/// A build killed with SIGKILL at any moment leaves the output as it was (or, once the swap has
/// happened, the complete new site), and the next build clears the staging folders the dead one left.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private readonly TempRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Build_KilledAtManyMoments_OutputIsAlwaysTheOldOrTheNewSiteAndNextBuildCleansUp()
    {
        Assert.Equal(0, _repo.Run("build", "--out", "site").Code);
        var old = TempRepo.Snapshot(_repo["site"]);

        // A visible edit, so the old and the new site differ; the new site is known from a clean build elsewhere.
        var strategy = _repo["content/walsall-2008/strategy.yaml"];
        File.WriteAllText(strategy, File.ReadAllText(strategy).Replace("title: ", "title: Edited ", StringComparison.Ordinal));
        var clock = Stopwatch.StartNew();
        Assert.Equal(0, _repo.Run("build", "--out", "reference").Code);
        var buildTime = clock.Elapsed;
        var fresh = TempRepo.Snapshot(_repo["reference"]);
        Assert.False(SameFiles(old, fresh), "the edit did not change the site");

        var outcomes = new List<string>();
        for (var step = 1; step <= 12; step++)
        {
            // Spread the kills over the whole run, start-up to the swap and the clean-up after it.
            var delay = TimeSpan.FromTicks(buildTime.Ticks * step / 10);
            KillBuildAfter(delay);
            var now = TempRepo.Snapshot(_repo["site"]);
            var isOld = SameFiles(old, now);
            var isNew = SameFiles(fresh, now);
            Assert.True(isOld || isNew, $"killed after {delay.TotalMilliseconds:0} ms: the output is neither the previous site nor the new one ({now.Count} files)");
            outcomes.Add(isOld ? "old" : "new");
        }

        var (code, _, stderr) = _repo.Run("build", "--out", "site");
        Assert.True(code == 0, stderr);
        TempRepo.AssertSame(fresh, TempRepo.Snapshot(_repo["site"]));
        Assert.DoesNotContain(Directory.GetFileSystemEntries(_repo.Root), e => Path.GetFileName(e).StartsWith(".site.", StringComparison.Ordinal));
        Assert.Contains("old", outcomes);
    }

    private void KillBuildAfter(TimeSpan delay)
    {
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = _repo.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "cohesion.dll"), "build", "--out", "site" })
        {
            psi.ArgumentList.Add(a);
        }

        using var process = Process.Start(psi)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(delay))
        {
            process.Kill();
        }

        process.WaitForExit();
    }

    private static bool SameFiles(SortedDictionary<string, byte[]> a, SortedDictionary<string, byte[]> b) =>
        a.Keys.SequenceEqual(b.Keys) && a.All(kv => kv.Value.AsSpan().SequenceEqual(b[kv.Key]));
}
