using ClosedXML.Excel;
using CohesionSite.Content;
using CohesionSite.Content.Export;
using CohesionSite.Core.Model;
using CohesionSite.Interchange.Import;
using CohesionSite.Interchange.Sheets;
using CohesionSite.Interchange.Xlsx;

namespace CohesionSite.Interchange.Tests;

/// <summary>The Translations sheet: exported for a strategy in more than one language, read back into translations/LANG.yaml all or nothing.</summary>
public sealed class TranslationSheetTests : IDisposable
{
    private const string Wrexham = "wrexham-2011-14";

    private readonly TempRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    private string CyYaml => Path.Combine(_repo.ContentRoot, Wrexham, "translations", "cy.yaml");

    [Fact]
    public void Write_Wrexham_HasOneTranslationsRowPerFieldAndFurtherLanguageInFieldOrder()
    {
        var strategy = Load(Wrexham);
        var fields = TranslatableFields.Of(strategy);
        var path = Export(Wrexham);

        using var wb = new XLWorkbook(path);
        var sheet = wb.Worksheet(TranslationSheet.Name);
        Assert.Equal(["Field", "Language", "English (not imported)", "Translation", "Translated from", "Status (not imported)"],
            Enumerable.Range(1, 6).Select(c => sheet.Cell(1, c).GetString()));
        Assert.Equal(fields.Count * 1, sheet.LastRowUsed()!.RowNumber() - 1);
        Assert.Equal(fields.Select(f => f.Key), Enumerable.Range(2, fields.Count).Select(r => sheet.Cell(r, 1).GetString()));
        Assert.All(Enumerable.Range(2, fields.Count), r => Assert.Equal("cy", sheet.Cell(r, 2).GetString()));
        Assert.Equal(fields[0].Text, sheet.Cell(2, 3).GetString());
        Assert.All(Enumerable.Range(2, fields.Count), r => Assert.Equal(TranslationSheet.Missing, sheet.Cell(r, 6).GetString()));
        Assert.True(sheet.Cell(2, 4).Style.Alignment.WrapText);
        // The sheet sits after the data sheets, before the hidden Lists sheet.
        Assert.Equal(TranslationSheet.Name, wb.Worksheets.Single(w => w.Position == wb.Worksheets.Count - 1).Name);
    }

    [Fact]
    public void Write_EnglishOnlyStrategy_HasNoTranslationsSheet()
    {
        Assert.Empty(Load("walsall-2008").Strategy.Languages.Skip(1));
        using var wb = new XLWorkbook(Export("walsall-2008"));

        Assert.False(wb.TryGetWorksheet(TranslationSheet.Name, out _));
    }

    [Fact]
    public void Write_TranslationsOfCurrentAndChangedEnglish_ShowsCurrentAndOutOfDate()
    {
        var fields = TranslatableFields.Of(Load(Wrexham));
        WriteCy(
            $"  - field: {fields[0].Key}\n    text: Teitl\n    from: {Quote(fields[0].Text)}\n" +
            $"  - field: {fields[1].Key}\n    text: Hen destun\n    from: an older English text\n");

        using var wb = new XLWorkbook(Export(Wrexham));
        var sheet = wb.Worksheet(TranslationSheet.Name);

        Assert.Equal(("Teitl", TranslationSheet.Current), (sheet.Cell(2, 4).GetString(), sheet.Cell(2, 6).GetString()));
        Assert.Equal(("an older English text", TranslationSheet.OutOfDate), (sheet.Cell(3, 5).GetString(), sheet.Cell(3, 6).GetString()));
        Assert.Equal(TranslationSheet.Missing, sheet.Cell(4, 6).GetString());
    }

    [Fact]
    public void ExportThenImport_WrexhamWithHandWrittenCyYaml_LeavesEveryFileByteIdentical()
    {
        var fields = TranslatableFields.Of(Load(Wrexham));
        // Out of sheet order, one entry without from, one for a field that no longer exists.
        WriteCy(
            $"  - field: {fields[2].Key}\n    text: Trydydd\n" +
            $"  - field: {fields[0].Key}\n    text: Teitl\n    from: {Quote(fields[0].Text)}\n" +
            "  - field: priority/9.9/title\n    text: Hen flaenoriaeth\n");
        var before = _repo.Snapshot();
        var path = Export(Wrexham);

        var result = PlanImport.Run(path, _repo.ContentRoot, Wrexham, "content");

        Assert.False(result.Failed, string.Join("\n", result.CellErrors.Concat<object>(result.ContentErrors)));
        Assert.Contains($"content/{Wrexham}/translations/cy.yaml: unchanged (3 texts)", result.Summary);
        _repo.AssertUnchanged(before);
    }

    [Fact]
    public void Import_FilledTranslationWithEmptyTranslatedFrom_WritesCyYamlWithFromTheCurrentEnglish()
    {
        var field = TranslatableFields.Of(Load(Wrexham))[0];
        var path = Export(Wrexham);
        using (var wb = new XLWorkbook(path))
        {
            wb.Worksheet(TranslationSheet.Name).Cell(2, 4).SetValue("Strategaeth Cydlyniant Cymunedol Wrecsam");
            wb.Save();
        }

        var result = PlanImport.Run(path, _repo.ContentRoot, Wrexham, "content");

        Assert.False(result.Failed, string.Join("\n", result.CellErrors.Concat<object>(result.ContentErrors)));
        var text = File.ReadAllText(CyYaml);
        Assert.StartsWith("# yaml-language-server: $schema=../../../schemas/translation.schema.json\nlanguage: cy\ntexts:\n", text, StringComparison.Ordinal);
        var cy = Load(Wrexham).Translations.Single();
        var entry = Assert.Single(cy.Texts);
        Assert.Equal((field.Key, "Strategaeth Cydlyniant Cymunedol Wrecsam", field.Text), (entry.Field, entry.Text, entry.From));
    }

    [Fact]
    public void Import_ChangedTranslationWithTheOldTranslatedFrom_SetsFromToTheCurrentEnglish()
    {
        var field = TranslatableFields.Of(Load(Wrexham))[1];
        WriteCy($"  - field: {field.Key}\n    text: Hen destun\n    from: an older English text\n");
        var path = Export(Wrexham);
        using (var wb = new XLWorkbook(path))
        {
            wb.Worksheet(TranslationSheet.Name).Cell(3, 4).SetValue("Testun newydd");
            wb.Save();
        }

        var result = PlanImport.Run(path, _repo.ContentRoot, Wrexham, "content");

        Assert.False(result.Failed, string.Join("\n", result.CellErrors.Concat<object>(result.ContentErrors)));
        var entry = Assert.Single(Load(Wrexham).Translations.Single().Texts);
        Assert.Equal(("Testun newydd", field.Text), (entry.Text, entry.From));
    }

    [Fact]
    public void Import_UnknownFieldUndeclaredLanguageAndEnglish_ReportsEachCellExitsTwoAndWritesNothing()
    {
        var path = Export(Wrexham, "wrexham.xlsx");
        using (var wb = new XLWorkbook(path))
        {
            var sheet = wb.Worksheet(TranslationSheet.Name);
            sheet.Cell(2, 4).SetValue("Teitl");                 // would be written, were the rest right
            sheet.Cell(3, 1).SetValue("strategy/titel");
            sheet.Cell(4, 2).SetValue("fr");
            sheet.Cell(5, 2).SetValue("en");
            wb.Save();
        }

        var before = _repo.Snapshot();
        var (code, stdout, stderr) = Repo.Run(_repo.Root, "import", path, "--strategy", Wrexham);

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(
        [
            $"wrexham.xlsx!Translations!A3: unknown field 'strategy/titel' (did you mean 'strategy/title'?); expected the key of a field of {Wrexham} as exported (e.g. 'strategy/title')",
            "wrexham.xlsx!Translations!B4: language 'fr' is not declared by the strategy (strategy.yaml languages: en, cy); expected one of: cy",
            "wrexham.xlsx!Translations!B5: 'en' is the strategy's own language (the text itself, not a translation); expected one of: cy",
            "3 bad cells; nothing was written",
        ], lines);
        _repo.AssertUnchanged(before);
    }

    [Fact]
    public void Import_WorkbookWithoutTranslationsSheet_LeavesTranslationsUntouched()
    {
        var field = TranslatableFields.Of(Load(Wrexham))[0];
        WriteCy($"  - field: {field.Key}\n    text: Teitl\n");
        var path = Export(Wrexham);
        using (var wb = new XLWorkbook(path))
        {
            // Even a half-emptied sheet would change cy.yaml; without the sheet nothing may.
            wb.Worksheet(TranslationSheet.Name).Delete();
            wb.Save();
        }

        var before = _repo.Snapshot();
        var result = PlanImport.Run(path, _repo.ContentRoot, Wrexham, "content");

        Assert.False(result.Failed, string.Join("\n", result.CellErrors.Concat<object>(result.ContentErrors)));
        Assert.DoesNotContain(result.Summary, s => s.Contains("translations", StringComparison.Ordinal));
        _repo.AssertUnchanged(before);
    }

    [Fact]
    public void ModelExportWrite_StrategyWithCyYaml_IncludesItsTranslationsAndReadsThemBack()
    {
        var field = TranslatableFields.Of(Load(Wrexham))[0];
        WriteCy($"  - field: {field.Key}\n    text: Teitl\n    from: {Quote(field.Text)}\n");
        var content = ContentLoader.Load(_repo.ContentRoot).Content!;

        var json = ModelExport.Write(content);

        Assert.Contains("\"translations\": [", json, StringComparison.Ordinal);
        var read = ModelExport.Read(json).Strategies.Single(s => s.Id == Wrexham).Translations.Single();
        Assert.Equal(("cy", field.Key, "Teitl", field.Text), (read.Language, read.Texts[0].Field, read.Texts[0].Text, read.Texts[0].From));
        Assert.Equal(json, ModelExport.Write(ModelExport.Read(json)));
    }

    private StrategyContent Load(string id) => ContentLoader.Load(_repo.ContentRoot).Content!.StrategyById[id];

    private string Export(string id, string? name = null)
    {
        var path = _repo.At(name ?? $"{id}.xlsx");
        WorkbookWriter.Write(Load(id), path);
        return path;
    }

    private void WriteCy(string texts)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(CyYaml)!);
        File.WriteAllText(CyYaml, "# yaml-language-server: $schema=../../../schemas/translation.schema.json\nlanguage: cy\ntexts:\n" + texts);
    }

    private static string Quote(string text) => "'" + text.Replace("'", "''") + "'";
}
