using ClosedXML.Excel;
using CohesionSite.Interchange.Sheets;

namespace CohesionSite.Interchange.Xlsx;

/// <summary>Reads every sheet of an .xlsx workbook into <see cref="SheetTable"/>s (values only, no formatting).</summary>
public static class WorkbookReader
{
    /// <summary>The sheets of <paramref name="path"/>, in workbook order; a file that is not a workbook is one error.</summary>
    public static (IReadOnlyList<SheetTable> Sheets, CellDiagnostic? Error) Read(string path)
    {
        var file = Path.GetFileName(path);
        try
        {
            using var workbook = new XLWorkbook(path);
            var tables = new List<SheetTable>();
            foreach (var sheet in workbook.Worksheets)
            {
                var lastColumn = sheet.LastColumnUsed()?.ColumnNumber() ?? 0;
                var lastRow = sheet.LastRowUsed()?.RowNumber() ?? 0;
                var header = Enumerable.Range(1, lastColumn).Select(c => CellValues.Text(Value(sheet.Cell(1, c)))).ToArray();
                var rows = new List<SheetRow>();
                for (var r = 2; r <= lastRow; r++)
                {
                    rows.Add(new SheetRow(r, Enumerable.Range(1, lastColumn).Select(c => Value(sheet.Cell(r, c))).ToArray()));
                }

                tables.Add(new SheetTable(file, sheet.Name, header, rows));
            }

            return (tables, null);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or FormatException or ArgumentException or InvalidOperationException
                                       or System.IO.FileFormatException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            return ([], new CellDiagnostic(file, "(workbook)", "A1", $"cannot read the workbook: {e.Message}"));
        }
    }

    private static object? Value(IXLCell cell)
    {
        if (cell.IsEmpty())
        {
            return null;
        }

        return cell.DataType switch
        {
            XLDataType.Number => cell.GetDouble(),
            XLDataType.Boolean => cell.GetBoolean(),
            XLDataType.DateTime => cell.GetDateTime(),
            // A formula's cached result is what the user sees; the formula text is not data.
            _ => cell.HasFormula ? cell.CachedValue?.ToString() : cell.GetString(),
        };
    }
}
