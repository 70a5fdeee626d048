using System.Text.Json;
using System.Text.RegularExpressions;

namespace CohesionSite.Cli.Tests;

/// <summary>
/// check and the built site read one analysis of the model, so they cannot tell a reader two
/// different things about the same strategy.
/// </summary>
public sealed partial class HostsAgreeTests : IDisposable
{
    private readonly TempRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void CheckAndGapsPage_PrincipleTaggedWithAMatrixItem_SameNumberOfEmptyCells()
    {
        // The issue's reproduction: a principle tagged with a White Paper priority, addressed by an
        // action that names a CIC principle itself. check counted only the action's own tags (32 empty
        // cells), the gaps page also the principle's (31).
        WriteStrategy("agree-demo", """
            principles:
              - id: young-first
                title: Young people first
                national: [white-paper-2006/young-people]
            matrix:
              title: Priorities by principles
              rows: white-paper-2006
              columns: cic-2007-principles
            """, """
            plan: { state: present }
            actions:
              - id: "1"
                text: Youth forum
                priority: "1"
                principles: [young-first]
                national: [cic-2007-principles/shared-futures]
            """);

        var (code, _, stderr) = _repo.Run("check", "--strategy", "agree-demo", "--format", "json", "--out", "findings.json", "--fail-level", "none");
        Assert.True(code == 0, stderr);
        var (built, _, buildErr) = _repo.Run("build", "--out", "site");
        Assert.True(built == 0, buildErr);

        using var report = JsonDocument.Parse(File.ReadAllText(_repo["findings.json"]));
        var emptyByCheck = report.RootElement.GetProperty("findings").EnumerateArray()
            .Count(f => f.GetProperty("ruleId").GetString() == "matrix-cell-empty" && f.GetProperty("strategy").GetString() == "agree-demo");
        var page = File.ReadAllText(_repo[Path.Combine("site", "strategies", "agree-demo", "gaps", "index.html")]);
        var stated = CellsWithoutAction().Match(page);
        Assert.True(stated.Success, "the gaps page states no count of empty cells");

        Assert.Equal(32, int.Parse(stated.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(31, emptyByCheck);
        Assert.Equal(emptyByCheck, int.Parse(stated.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    private void WriteStrategy(string id, string strategyTail, string actions)
    {
        var folder = _repo[Path.Combine("content", id)];
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "strategy.yaml"), $$"""
            id: {{id}}
            title: Agreement demo strategy
            partnership: Demo Partnership
            area: Demo
            period: { start: "2008", end: "2011" }
            source: { seed: demo.txt }
            frameworks: [white-paper-2006, cic-2007-principles]
            {{strategyTail}}
            """);
        File.WriteAllText(Path.Combine(folder, "priorities.yaml"), "priorities:\n  - id: \"1\"\n    title: Young people\n");
        File.WriteAllText(Path.Combine(folder, "actions.yaml"), actions);
    }

    [GeneratedRegex(@"(\d+) of (\d+) cells have no action")]
    private static partial Regex CellsWithoutAction();
}
