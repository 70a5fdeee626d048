using ClosedXML.Excel;
using CohesionSite.Content;
using CohesionSite.Interchange.Csv;
using CohesionSite.Interchange.Sheets;
using CohesionSite.Interchange.Xlsx;

namespace CohesionSite.Interchange.Tests;

/// <summary>A bad workbook: every bad cell is reported as file!Sheet!Cell, the exit code is 2, and nothing is written.</summary>
public sealed class BadWorkbookTests : IDisposable
{
    private readonly TempRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Import_WorkbookWithFiveKindsOfError_ReportsEveryCellAndWritesNothing()
    {
        var workbook = Export("actions.xlsx");
        using (var wb = new XLWorkbook(workbook))
        {
            Cell(wb, "Actions", "leads", 14).SetValue("walsall-councl, xyz");   // unknown partners
            Cell(wb, "Milestones", "due", 3).SetValue("31/13/2008");            // bad date
            Cell(wb, "Actions", "id", 4).SetValue("1.1.1");                     // duplicate ref (row 2 is 1.1.1)
            Cell(wb, "Indicators", "ownerPartners", 1).Clear();                 // missing header
            wb.AddWorksheet("Notes").Cell(1, 1).SetValue("my notes");           // an extra sheet
            wb.Save();
        }

        var before = _repo.Snapshot();
        var (code, stdout, stderr) = Repo.Run(_repo.Root, "import", workbook, "--strategy", "walsall-2008");

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(
        [
            "actions.xlsx!Actions!A4: duplicate action id '1.1.1' (first at A2); expected each action once",
            "actions.xlsx!Actions!D14: unknown partner 'walsall-councl' (did you mean 'walsall-council'?)",
            "actions.xlsx!Actions!D14: unknown partner 'xyz'",
            "actions.xlsx!Milestones!D3: '31/13/2008' is not a date; expected yyyy, yyyy-MM or yyyy-MM-dd (e.g. 2008-11)",
            "actions.xlsx!Milestones!A5: unknown action '1.1.3' (did you mean '1.1.1'?); expected an id from the Actions sheet",
            "actions.xlsx!Milestones!A6: unknown action '1.1.3' (did you mean '1.1.1'?); expected an id from the Actions sheet",
            "actions.xlsx!Indicators!Q1: missing column 'ownerPartners'; every column of Indicators must be present (its header row is: id, code, national, title, category, unit, direction, survey, owner, ownerPartners, outcomes, priorities, note, source.seed, source.section, source.page)",
            "actions.xlsx!Notes!A1: unexpected sheet 'Notes'; expected only: Actions, Milestones, Progress, Indicators, Measurements, Translations, Readme, Lists",
            "8 bad cells; nothing was written",
        ], lines);
        AssertNothingWritten(before);
    }

    [Fact]
    public void Import_CsvFolderWithABadValue_NamesTheCsvFileAndWritesNothing()
    {
        var strategy = ContentLoader.Load(_repo.ContentRoot).Content!.StrategyById["walsall-2008"];
        var folder = _repo.At("plan");
        CsvExport.Write(strategy, folder);
        var path = Path.Combine(folder, "indicators.csv");
        File.WriteAllText(path, File.ReadAllText(path).Replace(",higher,", ",upwards,"));
        var before = _repo.Snapshot();

        var (code, _, stderr) = Repo.Run(_repo.Root, "import", folder, "--strategy", "walsall-2008");

        Assert.Equal(2, code);
        Assert.Contains("indicators.csv!Indicators!G2: 'upwards' is not a direction value; expected one of: unknown, higher, lower", stderr);
        AssertNothingWritten(before);
    }

    [Fact]
    public void Import_MeasurementsWithTwoBaselinesAndAnUnknownKind_ReportsBoth()
    {
        var workbook = Export("plan.xlsx");
        using (var wb = new XLWorkbook(workbook))
        {
            var sheet = wb.Worksheet("Measurements");
            Cell(wb, "Measurements", "kind", 3).SetValue("baseline");
            Assert.Equal("getting-on-well", sheet.Cell(3, 1).GetString());
            Cell(wb, "Measurements", "kind", 4).SetValue("forecast");
            wb.Save();
        }

        var (code, _, stderr) = Repo.Run(_repo.Root, "import", workbook, "--strategy", "walsall-2008");

        Assert.Equal(2, code);
        Assert.Contains("plan.xlsx!Measurements!B4: 'forecast' is not a kind; expected one of: baseline, target, measurement", stderr);
        Assert.Contains("plan.xlsx!Measurements!B3: second baseline for indicator 'getting-on-well' (the first is on row 2); expected at most one baseline per indicator", stderr);
    }

    [Fact]
    public void Import_NotAWorkbook_ExitsTwoWithAMessage()
    {
        var path = _repo.At("notes.xlsx");
        File.WriteAllText(path, "this is not a zip file");

        var (code, _, stderr) = Repo.Run(_repo.Root, "import", path, "--strategy", "walsall-2008");

        Assert.Equal(2, code);
        Assert.StartsWith("notes.xlsx!(workbook)!A1: cannot read the workbook:", stderr);
    }

    private string Export(string name)
    {
        var strategy = ContentLoader.Load(_repo.ContentRoot).Content!.StrategyById["walsall-2008"];
        var path = _repo.At(name);
        WorkbookWriter.Write(strategy, path);
        return path;
    }

    /// <summary>The cell of a named column (by its header) in a data row.</summary>
    private static IXLCell Cell(XLWorkbook wb, string sheet, string header, int row)
    {
        var spec = PlanWorkbook.DataSheets.Single(s => s.Name == sheet);
        var column = spec.Headers.ToList().IndexOf(header) + 1;
        Assert.True(column > 0, $"{sheet} has no column {header}");
        return wb.Worksheet(sheet).Cell(row, column);
    }

    private void AssertNothingWritten(Dictionary<string, byte[]> before)
    {
        var after = _repo.Snapshot();
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(after[kv.Key]), kv.Key));
    }
}
