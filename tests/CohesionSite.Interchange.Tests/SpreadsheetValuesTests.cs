using ClosedXML.Excel;
using CohesionSite.Content;
using CohesionSite.Interchange.Csv;
using CohesionSite.Interchange.Import;
using CohesionSite.Interchange.Sheets;
using CohesionSite.Interchange.Xlsx;

namespace CohesionSite.Interchange.Tests;

/// <summary>What Excel, Calc and Sheets write where the export wrote something else: accepted when it means the same, reported when it changed the text.</summary>
public sealed class SpreadsheetValuesTests : IDisposable
{
    private readonly TempRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Import_XlsxBooleansWrittenAsNumbers_ReadsThemAndLeavesYamlUnchanged()
    {
        var workbook = _repo.At("plan.xlsx");
        WorkbookWriter.Write(Walsall(), workbook);
        using (var wb = new XLWorkbook(workbook))
        {
            // What LibreOffice writes for a boolean: a number 1 or 0.
            var sheet = wb.Worksheet(PlanWorkbook.Measurements.Name);
            var column = PlanWorkbook.Measurements.Headers.ToList().IndexOf("toBeDetermined") + 1;
            foreach (var cell in sheet.Column(column).CellsUsed().Skip(1).Where(c => c.DataType == XLDataType.Boolean))
            {
                cell.SetValue(cell.GetBoolean() ? 1 : 0);
            }

            wb.Save();
        }

        var before = _repo.Snapshot();
        var result = PlanImport.Run(workbook, _repo.ContentRoot, "walsall-2008", "content");

        Assert.False(result.Failed, string.Join("\n", result.CellErrors));
        _repo.AssertUnchanged(before);
    }

    [Fact]
    public void Import_CsvWithTextTurnedIntoDateAndPercentage_NamesEachCellWithBothFormsAndWritesNothing()
    {
        var folder = _repo.At("plan");
        CsvExport.Write(Walsall(), folder);
        Edit(Path.Combine(folder, "milestones.csv"), ",December 2008,", ",12/01/08,");
        Edit(Path.Combine(folder, "measurements.csv"), ",74%,", ",74.00%,");
        var before = _repo.Snapshot();

        var (code, _, stderr) = Repo.Run(_repo.Root, "import", folder, "--strategy", "walsall-2008");

        Assert.Equal(2, code);
        Assert.Contains("milestones.csv!Milestones!B30: '12/01/08' looks like 'December 2008' reformatted by the spreadsheet", stderr, StringComparison.Ordinal);
        Assert.Contains("measurements.csv!Measurements!G2: '74.00%' looks like '74%' reformatted by the spreadsheet", stderr, StringComparison.Ordinal);
        _repo.AssertUnchanged(before);
    }

    [Fact]
    public void Import_XlsxMonthTypedAsDate_ReportsTheCellInsteadOfInventingADay()
    {
        var workbook = _repo.At("plan.xlsx");
        WorkbookWriter.Write(Walsall(), workbook);
        using (var wb = new XLWorkbook(workbook))
        {
            // Row 2's milestone is due "2008-11"; a spreadsheet that parses it stores 1 November 2008.
            var due = PlanWorkbook.Milestones.Headers.ToList().IndexOf("due") + 1;
            wb.Worksheet(PlanWorkbook.Milestones.Name).Cell(2, due).SetValue(new DateTime(2008, 11, 1));
            wb.Save();
        }

        var before = _repo.Snapshot();
        var result = PlanImport.Run(workbook, _repo.ContentRoot, "walsall-2008", "content");

        var error = Assert.Single(result.CellErrors);
        Assert.Equal("Milestones", error.Sheet);
        Assert.Contains("'2008-11-01' looks like '2008-11' reformatted", error.Message, StringComparison.Ordinal);
        _repo.AssertUnchanged(before);
    }

    [Theory]
    [InlineData("December 2008", "12/01/08")]
    [InlineData("December 2008", "01/12/2008")]
    [InlineData("2008-11", "2008-11-01")]
    [InlineData("74%", "74.00%")]
    [InlineData("74%", "0.74")]
    [InlineData("1.10", "1.1")]
    [InlineData("1,000", "1000")]
    public void IsReformatted_SpreadsheetDisplayForm_True(string was, string now) => Assert.True(SpreadsheetForms.IsReformatted(was, now));

    [Theory]
    [InlineData("December 2008", "December 2008")]
    [InlineData("December 2008", "January 2009")]
    [InlineData("2008-11", "2008-11-15")]
    [InlineData("74%", "75%")]
    [InlineData("1.1", "1.2")]
    [InlineData("Hold briefing events", "Hold two briefing events")]
    public void IsReformatted_SameTextOrRealEdit_False(string was, string now) => Assert.False(SpreadsheetForms.IsReformatted(was, now));

    private Core.Model.StrategyContent Walsall() => ContentLoader.Load(_repo.ContentRoot).Content!.StrategyById["walsall-2008"];

    private static void Edit(string path, string from, string to)
    {
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}
