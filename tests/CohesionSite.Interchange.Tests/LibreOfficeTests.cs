using ClosedXML.Excel;
using CohesionSite.Content;
using CohesionSite.Interchange.Csv;
using CohesionSite.Interchange.Import;
using CohesionSite.Interchange.Sheets;
using CohesionSite.Interchange.Xlsx;

namespace CohesionSite.Interchange.Tests;

/// <summary>
/// Round trips through the real LibreOffice Calc (headless): what an editor gets when they open
/// the export in Calc and save it. Each conversion takes ~2 s.
/// </summary>
[Trait(CohesionSite.Tests.TestCategory.Name, CohesionSite.Tests.TestCategory.Slow)]
public sealed class LibreOfficeTests : IDisposable
{
    private readonly TempRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Theory]
    [MemberData(nameof(Repo.Strategies), MemberType = typeof(Repo))]
    public void ImportAfterCalcXlsxSave_ShippedStrategy_LeavesYamlByteIdentical(string id)
    {
        var before = _repo.Snapshot();
        var workbook = _repo.At($"{id}.xlsx");
        WorkbookWriter.Write(Load(id), workbook);
        var saved = LibreOffice.Convert(workbook, _repo.At("calc"), "xlsx:Calc MS Excel 2007 XML");

        var result = PlanImport.Run(saved, _repo.ContentRoot, id, "content");

        Assert.False(result.Failed, string.Join("\n", result.CellErrors.Concat<object>(result.ContentErrors)));
        _repo.AssertUnchanged(before);
    }

    [Theory]
    [MemberData(nameof(Repo.Strategies), MemberType = typeof(Repo))]
    public void ImportAfterCalcCsvSave_ShippedStrategy_ByteIdenticalOrReformatsReportedAndNothingWritten(string id)
    {
        var before = _repo.Snapshot();
        var folder = _repo.At($"{id}-csv");
        CsvExport.Write(Load(id), folder);
        var saved = LibreOffice.ResaveCsvFolder(folder);

        var result = PlanImport.Run(saved, _repo.ContentRoot, id, "content");

        // Calc's CSV import turns some text into dates and percentages; the import must either
        // get the same YAML back or name every such cell — never write a changed value.
        Assert.Empty(result.ContentErrors);
        Assert.All(result.CellErrors, e => Assert.Contains("reformatted by the spreadsheet", e.Message, StringComparison.Ordinal));
        _repo.AssertUnchanged(before);
    }

    [Fact]
    public void ImportAfterCalcCsvSave_Walsall_NamesReformattedCellsWithBothForms()
    {
        var folder = _repo.At("walsall-csv");
        CsvExport.Write(Load("walsall-2008"), folder);
        var saved = LibreOffice.ResaveCsvFolder(folder);

        var result = PlanImport.Run(saved, _repo.ContentRoot, "walsall-2008", "content");

        var messages = result.CellErrors.Select(e => e.ToString()).ToArray();
        Assert.Contains(messages, m => m.StartsWith("milestones.csv!Milestones!B", StringComparison.Ordinal) && m.Contains("'12/01/08'", StringComparison.Ordinal) && m.Contains("'December 2008'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("measurements.csv!Measurements!G2:", StringComparison.Ordinal) && m.Contains("'74.00%'", StringComparison.Ordinal) && m.Contains("'74%'", StringComparison.Ordinal));
    }

    [Fact]
    public void OpenCsvExportInCalc_FormulaLikeText_StaysTextAndRoundTrips()
    {
        var actions = Path.Combine(_repo.ContentRoot, "walsall-2008", "actions.yaml");
        var yaml = File.ReadAllText(actions)
            .Replace("outcome: Schools play pro active role in promoting community cohesion within and between local communities", "outcome: \"=1+1\"", StringComparison.Ordinal)
            .Replace("outcome: Improved sense of belonging and people getting on well together", "outcome: '-2+HYPERLINK(\"http://example.com\",\"x\")'", StringComparison.Ordinal)
            .Replace("outcome: Improved representation from marginalised groups", "outcome: \"@SUM(1+1)\"", StringComparison.Ordinal);
        File.WriteAllText(actions, yaml);
        var before = _repo.Snapshot();
        var folder = _repo.At("walsall-csv");
        CsvExport.Write(Load("walsall-2008"), folder);

        using (var opened = new XLWorkbook(LibreOffice.Convert(Path.Combine(folder, "actions.csv"), _repo.At("calc-xlsx"), "xlsx", $"CSV:{LibreOffice.CsvOptions}")))
        {
            var formulas = opened.Worksheet(1).CellsUsed().Where(c => c.HasFormula).Select(c => $"{c.Address}: {c.FormulaA1}").ToArray();
            Assert.Empty(formulas);
        }

        var result = PlanImport.Run(LibreOffice.ResaveCsvFolder(folder, only: "actions.csv"), _repo.ContentRoot, "walsall-2008", "content");

        Assert.False(result.Failed, string.Join("\n", result.CellErrors.Concat<object>(result.ContentErrors)));
        _repo.AssertUnchanged(before);
    }

    [Fact]
    public void OpenXlsxExportInCalc_WrexhamWithAWelshTranslation_ReadsTheTranslationsSheetBackAndImportsIt()
    {
        var strategy = Load("wrexham-2011-14");
        var fields = Core.Model.TranslatableFields.Of(strategy);
        var workbook = _repo.At("wrexham.xlsx");
        WorkbookWriter.Write(strategy, workbook);
        const string welsh = "Strategaeth Cydlyniant Cymunedol Wrecsam\nAil linell: ŵ, ŷ, â";
        int position;
        using (var wb = new XLWorkbook(workbook))
        {
            wb.Worksheet(TranslationSheet.Name).Cell(2, 4).SetValue(welsh);
            wb.Save();
            position = wb.Worksheet(TranslationSheet.Name).Position;
        }

        // Calc's CSV of that one sheet: what Calc shows in it.
        var csv = LibreOffice.SheetToCsv(workbook, _repo.At("calc-csv"), position, TranslationSheet.Name);
        var (table, error) = CsvFormat.Read(csv, TranslationSheet.Name);
        Assert.Null(error);
        Assert.Equal(TranslationSheet.Headers(strategy), table!.Header);
        Assert.Equal(fields.Select(f => f.Key), table.Rows.Select(r => r[0]));
        Assert.Equal(["cy", fields[0].Text, welsh, null, TranslationSheet.Missing],
            Enumerable.Range(1, 5).Select(c => table.Rows[0][c] is string { Length: 0 } ? null : table.Rows[0][c]));

        // And the workbook as Calc saves it imports into cy.yaml.
        var saved = LibreOffice.Convert(workbook, _repo.At("calc"), "xlsx:Calc MS Excel 2007 XML");
        var result = PlanImport.Run(saved, _repo.ContentRoot, "wrexham-2011-14", "content");

        Assert.False(result.Failed, string.Join("\n", result.CellErrors.Concat<object>(result.ContentErrors)));
        var entry = Assert.Single(Load("wrexham-2011-14").Translations.Single().Texts);
        Assert.Equal((fields[0].Key, welsh, fields[0].Text), (entry.Field, entry.Text, entry.From));
    }

    private Core.Model.StrategyContent Load(string id) => ContentLoader.Load(_repo.ContentRoot).Content!.StrategyById[id];
}
