using System.Text.Json;
using CohesionSite.Content;

namespace CohesionSite.Tools.Tests;

/// <summary>The synthetic content generator writes content that loads clean and gives the rules realistic work.</summary>
public sealed class GeneratorTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cohesion-generate-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, true);
        }
    }

    [Fact]
    public void Generate_SmallSize_LoadsWithNoDiagnosticsAndExpectedCounts()
    {
        var (code, _, stderr) = CliProcess.Tools(RepositoryRoot.Path, "generate", "--strategies", "3", "--actions-per-strategy", "12", "--seed", "5", "--out", _folder);
        Assert.True(code == 0, stderr);

        var loaded = ContentLoader.Load(Path.Combine(_folder, "content"), new LoadOptions());
        Assert.Empty(loaded.Diagnostics);
        Assert.NotNull(loaded.Content);
        Assert.Equal(3, loaded.Content.Strategies.Count);
        Assert.All(loaded.Content.Strategies, s =>
        {
            Assert.Equal(12, s.Actions.Count);
            Assert.Equal(5, s.Indicators.Count);
            Assert.Equal(6, s.Outcomes.Count);
            Assert.Equal(15, s.AllPriorities.Count);
            Assert.Contains(s.Indicators, i => i.Measurements.Count > 0);
            Assert.Contains(s.Outcomes, o => o.Measures.Count > 0);
        });
    }

    [Fact]
    public void Generate_EverySkippedPriority_CommitmentsNameOnlyExistingActions()
    {
        // Many strategies, so some skip a priority: the generator once named actions those priorities lack.
        var (code, _, stderr) = CliProcess.Tools(RepositoryRoot.Path, "generate", "--strategies", "40", "--actions-per-strategy", "12", "--seed", "1", "--out", _folder);
        Assert.True(code == 0, stderr);

        var (validate, stdout, errors) = CliProcess.Run(_folder, "validate");
        Assert.True(validate == 0, errors);
        Assert.StartsWith("valid: 40 strategies", stdout);
    }

    [Fact]
    public void Generate_Check_FindsGapsOfSeveralKindsAndNoErrors()
    {
        var (code, _, stderr) = CliProcess.Tools(RepositoryRoot.Path, "generate", "--strategies", "3", "--actions-per-strategy", "12", "--seed", "5", "--out", _folder);
        Assert.True(code == 0, stderr);

        var report = Path.Combine(_folder, "findings.json");
        var (check, _, checkErr) = CliProcess.Run(_folder, "check", "--format", "json", "--out", report);
        Assert.True(check == 0, checkErr);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToArray();
        Assert.DoesNotContain(findings, f => f.GetProperty("severity").GetString() == "error");
        var rules = findings.Select(f => f.GetProperty("ruleId").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "milestone-overdue", "milestone-no-date", "action-no-lead", "outcome-no-indicator", "indicator-target-direction", "count-mismatch" }, rules);
    }
}
