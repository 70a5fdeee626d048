using System.Globalization;
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

        // LibreOffice writes booleans as numeric cells holding a FALSE()/TRUE() formula with a
        // cached 0/1; asking ClosedXML for the typed value would evaluate the formula (and fail).
        // The cached result is what the user saw, so that is what we read.
        if (cell.HasFormula)
        {
            return Cached(cell);
        }

        try
        {
            return cell.DataType switch
            {
                XLDataType.Number => cell.GetDouble(),
                XLDataType.Boolean => cell.GetBoolean(),
                XLDataType.DateTime => cell.GetDateTime(),
                _ => cell.GetString(),
            };
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            // A value whose stored form does not match its type: hand on its text, which the
            // column's parser then judges (and names the cell if it is wrong).
            return cell.Value?.ToString();
        }
    }

    private static object? Cached(IXLCell cell)
    {
        var cached = cell.CachedValue;
        var text = Convert.ToString(cached, CultureInfo.InvariantCulture);
        return cached switch
        {
            null => null,
            bool b => b,
            DateTime t => t,
            double d when cell.DataType == XLDataType.DateTime => DateTime.FromOADate(d),
            double d => d,
            _ when cell.DataType == XLDataType.Number && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) => n,
            _ when cell.DataType == XLDataType.Boolean => text is "1" || string.Equals(text, "true", StringComparison.OrdinalIgnoreCase),
            _ => string.IsNullOrEmpty(text) ? null : text,
        };
    }
}
