using ClosedXML.Excel;

namespace CohesionSite.Interchange.Tests;

/// <summary>export/import/new as a user runs them: a real process in a throw-away repository.</summary>
public sealed class CliTests : IDisposable
{
    private readonly TempRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void ExportXlsx_EditRagAndAddAnAction_ImportRewritesOnlyThoseLines()
    {
        var (code, _, stderr) = Repo.Run(_repo.Root, "export", "--format", "xlsx", "--strategy", "walsall-2008", "--out", "plan.xlsx");
        Assert.True(code == 0, stderr);
        var actionsYaml = Path.Combine(_repo.ContentRoot, "walsall-2008", "actions.yaml");
        var before = File.ReadAllText(actionsYaml);
        using (var wb = new XLWorkbook(_repo.At("plan.xlsx")))
        {
            var actions = wb.Worksheet("Actions");
            Assert.Equal("1.1.1", actions.Cell(2, 1).GetString());
            actions.Cell(2, 15).SetValue("amber");                 // rag
            var last = actions.LastRowUsed()!.RowNumber() + 1;
            actions.Cell(last, 1).SetValue("3.9.1");
            actions.Cell(last, 2).SetValue("Run a cohesion week");
            actions.Cell(last, 3).SetValue("1.1");
            actions.Cell(last, 4).SetValue("walsall-council");
            var milestones = wb.Worksheet("Milestones");
            var m = milestones.LastRowUsed()!.RowNumber() + 1;
            milestones.Cell(m, 1).SetValue("3.9.1");
            milestones.Cell(m, 2).SetValue("Week held");
            milestones.Cell(m, 4).SetValue("2009-06");
            wb.Save();
        }

        (code, var stdout, stderr) = Repo.Run(_repo.Root, "import", "plan.xlsx", "--strategy", "walsall-2008");

        Assert.True(code == 0, stderr);
        Assert.Contains("content/walsall-2008/actions.yaml: rewritten (37 actions: 1 added, 1 changed, 0 removed)", stdout);
        Assert.Contains("content/walsall-2008/indicators.yaml: unchanged (10 indicators)", stdout);
        // rag goes where the model puts it (after outcome, before source), in action 1.1.1 only.
        var at = before.IndexOf("\n    source:\n", StringComparison.Ordinal);
        var expected = before[..at] + "\n    rag: amber" + before[at..]
            + "  - id: 3.9.1\n    text: Run a cohesion week\n    priority: '1.1'\n    milestones:\n      - text: Week held\n        due: \"2009-06\"\n    leads:\n      - walsall-council\n";
        Assert.Equal(expected, File.ReadAllText(actionsYaml));
        Assert.Equal(0, Repo.Run(_repo.Root, "validate").Code);
    }

    [Fact]
    public void ExportXlsx_WithoutStrategy_ExitsTwo()
    {
        var (code, _, stderr) = Repo.Run(_repo.Root, "export", "--format", "xlsx");
        Assert.Equal(2, code);
        Assert.Contains("pass exactly one --strategy ID", stderr);
    }

    [Fact]
    public void ExportCsv_Walsall_WritesOneFilePerSheet()
    {
        var (code, _, stderr) = Repo.Run(_repo.Root, "export", "--format", "csv", "--strategy", "walsall-2008", "--out", "csv");
        Assert.True(code == 0, stderr);
        Assert.Equal(["actions.csv", "indicators.csv", "measurements.csv", "milestones.csv", "progress.csv"],
            Directory.GetFiles(_repo.At("csv")).Select(Path.GetFileName).Order());
        var bytes = File.ReadAllBytes(_repo.At("csv/actions.csv"));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("id,text,priority,leads,", System.Text.Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void NewStrategy_ThenValidate_IsAccepted()
    {
        var (code, stdout, stderr) = Repo.Run(_repo.Root, "new", "strategy", "demo-2025", "--title", "Demo: a cohesion strategy", "--partnership", "Demo Partnership", "--area", "Demo");
        Assert.True(code == 0, stderr);
        Assert.Contains("created", stdout);
        var folder = Path.Combine(_repo.ContentRoot, "demo-2025");
        Assert.Equal(["actions.yaml", "indicators.yaml", "outcomes.yaml", "priorities.yaml", "strategy.yaml"], Directory.GetFiles(folder).Select(Path.GetFileName).Order());
        foreach (var file in Directory.GetFiles(folder))
        {
            var kind = Path.GetFileNameWithoutExtension(file);
            Assert.StartsWith($"# yaml-language-server: $schema=../../schemas/{kind}.schema.json\n", File.ReadAllText(file));
        }

        Assert.Contains("  - white-paper-2006", File.ReadAllText(Path.Combine(folder, "strategy.yaml")));
        (code, stdout, stderr) = Repo.Run(_repo.Root, "validate", "--strategy", "demo-2025");
        Assert.True(code == 0, stderr);
        Assert.StartsWith("valid: 1 strategy,", stdout);
    }

    [Fact]
    public void NewStrategy_FolderExists_ExitsTwoAndWritesNothing()
    {
        var before = _repo.Snapshot();
        var (code, _, stderr) = Repo.Run(_repo.Root, "new", "strategy", "walsall-2008", "--title", "Again");
        Assert.Equal(2, code);
        Assert.Contains("already exists; nothing was written", stderr);
        Assert.Equal(before.Keys.Order(), _repo.Snapshot().Keys.Order());
    }

    [Theory]
    [InlineData("Walsall")]
    [InlineData("../escape")]
    [InlineData("national")]
    public void NewStrategy_BadId_ExitsTwo(string id)
    {
        var before = _repo.Snapshot();
        var (code, _, stderr) = Repo.Run(_repo.Root, "new", "strategy", id, "--title", "x");
        Assert.Equal(2, code);
        Assert.Contains("is not a valid strategy id", stderr);
        Assert.Equal(before.Keys.Order(), _repo.Snapshot().Keys.Order());
    }
}
