using ClosedXML.Excel;
using CohesionSite.Core.Model;
using CohesionSite.Interchange.Sheets;

namespace CohesionSite.Interchange.Xlsx;

/// <summary>
/// Lays out the Translations sheet for a translator: wide wrapped text columns, a drop-down of the
/// strategy's further languages, and the read-only columns greyed so it is plain that editing them
/// changes nothing.
/// </summary>
internal static class TranslationSheetWriter
{
    private const int ValidatedRows = 20000;

    private static readonly XLColor ReadOnlyFill = XLColor.FromArgb(0xF2, 0xF2, 0xF2);

    /// <summary>Writes <paramref name="table"/> (from <see cref="TranslationSheet.Table"/>) to <paramref name="sheet"/>.</summary>
    public static void Write(IXLWorksheet sheet, SheetTable table, StrategyContent strategy)
    {
        WorkbookWriter.WriteTable(sheet, table);
        var headers = table.Header;
        var last = Math.Max(table.Rows.Count + 1, 2);
        double[] widths = [34, 10, 60, 60, 45, 14];
        for (var c = 0; c < headers.Count; c++)
        {
            var column = sheet.Column(c + 1);
            column.Width = widths[c];
            // Field texts are paragraphs; wrapping keeps each row readable without scrolling sideways.
            sheet.Range(1, c + 1, last, c + 1).Style.Alignment.WrapText = widths[c] >= 45;
            sheet.Range(1, c + 1, last, c + 1).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        }

        foreach (var name in TranslationSheet.Informational(strategy))
        {
            var c = headers.ToList().IndexOf(name) + 1;
            var range = sheet.Range(1, c, last, c);
            range.Style.Fill.BackgroundColor = ReadOnlyFill;
            range.Style.Font.FontColor = XLColor.FromArgb(0x40, 0x40, 0x40);
            range.Style.Font.Italic = true;
        }

        var language = headers.ToList().IndexOf(TranslationSheet.Language) + 1;
        WorkbookWriter.Strict(sheet.Range(2, language, ValidatedRows, language), TranslationSheet.FurtherLanguages(strategy));
    }

    /// <summary>What the Readme says about the sheet (nothing for a strategy in one language).</summary>
    public static IReadOnlyList<(string A, string B)> ReadmeLines(StrategyContent strategy)
    {
        if (!TranslationSheet.AppliesTo(strategy))
        {
            return [];
        }

        var own = LanguageCodes.NameOf(TranslationSheet.Primary(strategy));
        var further = string.Join(", ", TranslationSheet.FurtherLanguages(strategy).Select(l => $"{l} ({LanguageCodes.NameOf(l)})"));
        return
        [
            ("Translations", $"One row per field people read and per further language ({further}). Write the translation in {TranslationSheet.Translation}; leave it empty where there is none yet (the site then shows the {own})."),
            ("Translating", $"The {TranslationSheet.Original(strategy)} and {TranslationSheet.Status} columns are there to read: the import ignores them. Status is {TranslationSheet.Missing}, {TranslationSheet.OutOfDate} (the {own} has changed since it was translated) or {TranslationSheet.Current}."),
            ("Translated from", $"The {own} as it read when translated, so a later change to it shows the translation as out of date. When you write or change a translation, leave this cell as it is (or empty): the import sets it to the {own} as it reads now. Keep the {TranslationSheet.Field} and {TranslationSheet.Language} cells as exported."),
        ];
    }
}
