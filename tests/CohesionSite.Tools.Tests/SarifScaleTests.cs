using System.Text.Json;
using CohesionSite.Rules.Reporting;

namespace CohesionSite.Tools.Tests;

/// <summary>
/// The SARIF of generated content at the scale that broke GitHub's upload: generate, then
/// <c>cohesion check --format sarif</c>, both as processes. (Moved from the Rules tests: it needs
/// the generator, which the Rules tests have no business referencing.)
/// </summary>
[Trait(CohesionSite.Tests.TestCategory.Name, CohesionSite.Tests.TestCategory.Slow)]
public sealed class SarifScaleTests
{
    [Fact]
    public void Check_HundredGeneratedStrategies_SarifWithinGitHubLimitsAndNothingLeftOut()
    {
        // The scale that broke the upload: 100 strategies × 300 actions gave 36,095 results in one run.
        var root = Path.Combine(Path.GetTempPath(), "cohesion-sarif-scale-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (generated, _, generateErr) = CliProcess.Tools(Path.GetTempPath(), "generate", "--strategies", "100", "--actions-per-strategy", "300", "--out", root, "--rules", Path.Combine(RepositoryRoot.Path, "rules"));
            Assert.True(generated == 0, generateErr);
            var sarifPath = Path.Combine(root, "report.sarif");
            var (code, _, stderr) = CliProcess.Run(root, "check", "--format", "sarif", "--fail-level", "none", "--out", sarifPath);
            Assert.True(code == 0, stderr);

            var runs = Parse(File.ReadAllText(sarifPath)).GetProperty("runs").EnumerateArray().ToArray();

            Assert.InRange(runs.Length, 2, SarifLimits.GitHub.RunsPerFile);
            Assert.All(runs, r => Assert.InRange(r.GetProperty("results").GetArrayLength(), 0, SarifLimits.GitHub.ResultsPerRun));
            Assert.All(runs, r => Assert.Equal(0, Omitted(r)));
            Assert.True(runs.Sum(r => r.GetProperty("results").GetArrayLength()) > SarifLimits.GitHub.ResultsPerRun);
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static int Omitted(JsonElement run) =>
        run.GetProperty("properties").TryGetProperty("omittedResults", out var n) ? n.GetInt32() : 0;

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
