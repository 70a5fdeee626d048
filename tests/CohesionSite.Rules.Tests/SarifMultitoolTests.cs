using System.Text.Json;
using CohesionSite.Content;
using CohesionSite.Rules.Reporting;
using CohesionSite.Tests;

namespace CohesionSite.Rules.Tests;

/// <summary>Our SARIF through Microsoft's SARIF Multitool (npm <c>@microsoft/sarif-multitool</c>) with its SARIF and GitHub rule sets.</summary>
public sealed class SarifMultitoolTests
{
    [Fact]
    public void Validate_ShippedContentReport_NoProblems()
    {
        // The report check writes for the shipped content: every strategy at its own date, links under statiq.json's EditRoot.
        var sarif = Temp("shipped.sarif");
        var loaded = ContentLoader.Load(Repo.ContentRoot);
        var settings = SettingsLoader.Load(Path.Combine(Repo.Root, SettingsLoader.FileName)).Settings!;
        var report = new GapChecker(Repo.Rules).Check(loaded.Content!, loaded.Diagnostics, settings.AsOf).Report;
        Assert.NotEmpty(report.Findings);
        File.WriteAllText(sarif, SarifReportWriter.Write(report, settings.EditRoot));

        Assert.Empty(Validate(sarif));
    }

    [Fact]
    public void Validate_ReportSplitIntoRunsAndCapped_NoProblems()
    {
        var sarif = Temp("split.sarif");
        File.WriteAllText(sarif, SarifReportWriter.Write(SarifLimitsTests.Report(30, 40), "https://github.com/x/y/blob/main", new SarifLimits(50, 20)));

        Assert.Empty(Validate(sarif));
    }

    [Fact]
    public void Validate_ResultWithoutALocation_IsReported()
    {
        // Proves the validator runs with the GitHub rules: code scanning cannot show such a result.
        var sarif = Temp("broken.sarif");
        var text = SarifReportWriter.Write(SarifLimitsTests.Report(1, 2));
        var start = text.IndexOf("\"locations\": [", StringComparison.Ordinal);
        var end = text.IndexOf("\"partialFingerprints\"", start, StringComparison.Ordinal);
        File.WriteAllText(sarif, text[..start] + "\"locations\": [],\n      " + text[end..]);

        Assert.Contains(Validate(sarif), p => p.StartsWith("GH", StringComparison.Ordinal));
    }

    /// <summary>Runs <c>Sarif.Multitool validate --rule-kind "Gh;Sarif"</c> (the native binary: the npm wrapper passes arguments through a shell, which splits the ';'); one line per problem.</summary>
    private static List<string> Validate(string sarif)
    {
        var tool = RealTools.Npm("node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool");
        var output = sarif + ".validation.sarif";
        var (code, stdout, stderr) = CliProcess.Process(Path.GetDirectoryName(sarif)!, tool, ["validate", "--rule-kind", "Gh;Sarif", "--log", "ForceOverwrite", "--output", output, sarif]);
        Assert.True(code == 0 && File.Exists(output), $"sarif-multitool did not run ({code}):\n{stdout}\n{stderr}");
        using var log = JsonDocument.Parse(File.ReadAllText(output));
        return log.RootElement.GetProperty("runs").EnumerateArray()
            .SelectMany(r => r.TryGetProperty("results", out var results) ? results.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Select(r => $"{r.GetProperty("ruleId").GetString()} {r.GetProperty("message")}")
            .ToList();
    }

    private static string Temp(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "cohesion-multitool-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
