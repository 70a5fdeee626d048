using ClosedXML.Excel;
using CohesionSite.Content.Schema;
using CohesionSite.Content.Shapes;
using CohesionSite.Core.Model;
using CohesionSite.Interchange.Sheets;

namespace CohesionSite.Interchange.Xlsx;

/// <summary>
/// Writes the action plan and indicators as an .xlsx workbook: a Readme sheet, one sheet per
/// data table with a bold frozen header row, drop-down lists for status, RAG, direction, kind,
/// priorities and partner ids, and a hidden Lists sheet those drop-downs read.
/// </summary>
public static class WorkbookWriter
{
    private const int ValidatedRows = 2000;

    /// <summary>Writes <paramref name="strategy"/>'s sheets to <paramref name="path"/>.</summary>
    public static void Write(StrategyContent strategy, string path)
    {
        using var workbook = new XLWorkbook();
        WriteReadme(workbook.AddWorksheet(PlanWorkbook.ReadmeSheet), strategy);
        var lists = workbook.AddWorksheet(PlanWorkbook.ListsSheet);
        var partnerRange = WriteList(lists, 1, "partners", strategy.Strategy.Partners.Select(p => p.Id));
        var priorityRange = WriteList(lists, 2, "priorities", strategy.AllPriorities.Select(p => p.Id));
        lists.Visibility = XLWorksheetVisibility.Hidden;

        foreach (var table in SheetExport.Tables(strategy, Path.GetFileName(path)))
        {
            var spec = PlanWorkbook.DataSheets.Single(s => s.Name == table.Name);
            var sheet = workbook.AddWorksheet(table.Name);
            sheet.Position = workbook.Worksheets.Count - 1;
            WriteTable(sheet, table);
            AddValidation(sheet, spec, partnerRange, priorityRange);
        }

        if (TranslationSheet.Table(strategy, Path.GetFileName(path)) is { } translations)
        {
            var sheet = workbook.AddWorksheet(TranslationSheet.Name);
            sheet.Position = workbook.Worksheets.Count - 1;
            TranslationSheetWriter.Write(sheet, translations, strategy);
        }

        // The Lists sheet goes last so the data sheets follow the readme directly.
        lists.Position = workbook.Worksheets.Count;
        workbook.Worksheet(PlanWorkbook.ReadmeSheet).SetTabActive();
        workbook.SaveAs(path);
    }

    /// <summary>Writes the header row and the cells, every column text unless a value is a number.</summary>
    internal static void WriteTable(IXLWorksheet sheet, SheetTable table)
    {
        for (var c = 0; c < table.Header.Count; c++)
        {
            var cell = sheet.Cell(1, c + 1);
            cell.SetValue(table.Header[c]);
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = XLColor.FromArgb(0xDD, 0xEB, 0xF7);
        }

        // Every column is text unless a value is a number: "1.1" must stay "1.1", not 1.1.
        sheet.Columns(1, table.Header.Count).Style.NumberFormat.Format = "@";
        foreach (var row in table.Rows)
        {
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var cell = sheet.Cell(row.Number, c + 1);
                switch (row.Cells[c])
                {
                    case string s:
                        cell.SetValue(s);
                        break;
                    case double d:
                        cell.SetValue(d);
                        cell.Style.NumberFormat.Format = "General";
                        break;
                    case bool b:
                        cell.SetValue(b);
                        break;
                }
            }
        }

        sheet.SheetView.FreezeRows(1);
        sheet.Columns(1, table.Header.Count).Width = 18;
        sheet.Column(1).Width = 12;
    }

    private static void AddValidation(IXLWorksheet sheet, SheetSpec spec, IXLRange partners, IXLRange priorities)
    {
        var headers = spec.Headers;
        for (var c = 0; c < headers.Count; c++)
        {
            var column = spec.Columns.FirstOrDefault(x => x.Header == headers[c]);
            var range = sheet.Range(2, c + 1, ValidatedRows, c + 1);
            if (headers[c] == spec.KindColumn)
            {
                Strict(range, PlanWorkbook.PointKinds);
            }
            else if (column?.Shape.Kind == ValueKind.Enum)
            {
                Strict(range, column.Shape.EnumNames);
            }
            else if (column?.Ref == RefTarget.Partner)
            {
                // A cell may hold several ids ("a, b"): offer the list, but only inform on other text.
                var v = range.SetDataValidation();
                v.List(partners, true);
                v.ErrorStyle = XLErrorStyle.Information;
                v.ErrorTitle = "Partner ids";
                v.ErrorMessage = "Use partner ids from the strategy, separated by commas. The import checks every one.";
            }
            else if (column?.Ref == RefTarget.Priority && column.Shape.Kind == ValueKind.String)
            {
                var v = range.SetDataValidation();
                v.List(priorities, true);
                v.ErrorStyle = XLErrorStyle.Warning;
            }
        }
    }

    /// <summary>A drop-down that refuses anything but <paramref name="values"/>.</summary>
    internal static void Strict(IXLRange range, IEnumerable<string> values)
    {
        var v = range.SetDataValidation();
        v.List("\"" + string.Join(",", values) + "\"", true);
        v.ErrorStyle = XLErrorStyle.Stop;
        v.ErrorMessage = "Pick one of: " + string.Join(", ", values);
    }

    private static IXLRange WriteList(IXLWorksheet sheet, int column, string title, IEnumerable<string> values)
    {
        sheet.Cell(1, column).SetValue(title);
        var row = 2;
        foreach (var value in values)
        {
            sheet.Cell(row++, column).SetValue(value);
        }

        // An empty list still needs a non-empty range for the validation to refer to.
        return sheet.Range(2, column, Math.Max(row - 1, 2), column);
    }

    private static void WriteReadme(IXLWorksheet sheet, StrategyContent strategy)
    {
        var docs = XmlDocs.For(typeof(ActionItem).Assembly);
        List<(string A, string B)> lines =
        [
            ("Strategy", $"{strategy.Strategy.Title} ({strategy.Id})"),
            ("What this is", "The action plan (Actions, Milestones, Progress) and the indicators (Indicators, Measurements) of one strategy, exported from its YAML."),
            ("Importing", $"cohesion import <this file> --strategy {strategy.Id} — all or nothing: every bad cell is reported as file!Sheet!Cell and nothing is written until all are fixed."),
            ("Rules", "Keep the sheet names and header rows. One row per record; blank rows are skipped. Lists of ids go in one cell, separated by commas. Dates are text: 2008, 2008-11 or 2008-11-15. Milestones, progress notes and measurements keep their order within their action or indicator."),
            ("Partners", "Partner ids must be on the strategy's partner list (strategy.yaml); the drop-down offers them."),
            ("Measurements", "kind is baseline (at most one per indicator), target or measurement."),
            .. TranslationSheetWriter.ReadmeLines(strategy),
            (string.Empty, string.Empty),
            ("Column", "Meaning"),
        ];
        foreach (var spec in PlanWorkbook.DataSheets)
        {
            if (spec.ParentColumn is { } parent)
            {
                lines.Add(($"{spec.Name}!{parent}", $"The id of the {(parent == "action" ? "action (Actions sheet)" : "indicator (Indicators sheet)")} the row belongs to."));
            }

            foreach (var c in spec.Columns)
            {
                lines.Add(($"{spec.Name}!{c.Header}", (c.Required ? "Required. " : string.Empty) + (docs.Of(c.Documented) ?? string.Empty)));
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            sheet.Cell(i + 1, 1).SetValue(lines[i].A);
            sheet.Cell(i + 1, 2).SetValue(lines[i].B);
        }

        sheet.Column(1).Style.Font.Bold = true;
        sheet.Column(1).Width = 28;
        sheet.Column(2).Width = 110;
        sheet.Column(2).Style.Alignment.WrapText = true;
    }
}
