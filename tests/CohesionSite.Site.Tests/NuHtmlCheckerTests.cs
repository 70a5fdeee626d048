using System.Diagnostics;
using CohesionSite.Tests;

namespace CohesionSite.Site.Tests;

/// <summary>
/// Every HTML page of the built site (the shipped content plus the demo fixture) through the Nu Html
/// Checker (npm <c>vnu-jar</c> on Debian's Java, both installed by scripts/test.sh): no errors.
/// </summary>
public sealed class NuHtmlCheckerTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    [Fact]
    public async Task EveryPage_NuHtmlChecker_NoErrors()
    {
        var jar = RealTools.Npm(Path.Combine("node_modules", "vnu-jar", "build", "dist", "vnu.jar"));
        var java = RealTools.OnPath("java");
        var pages = SiteFiles.Pages(site.Output).ToArray();
        var start = new ProcessStartInfo(java) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-jar", jar, "--errors-only", "--skip-non-html", "--format", "gnu" })
        {
            start.ArgumentList.Add(a);
        }

        foreach (var p in pages)
        {
            start.ArgumentList.Add(p);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(pages.Length > 30, $"only {pages.Length} pages");
        // vnu writes its messages to stderr and exits 1 when it found an error.
        var messages = (await stdout + stderr).Replace(site.Output, string.Empty, StringComparison.Ordinal).Trim();
        Assert.True(process.ExitCode == 0 && messages.Length == 0, $"exit {process.ExitCode}:\n{messages}");
    }
}
