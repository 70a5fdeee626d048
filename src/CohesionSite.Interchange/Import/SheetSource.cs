using CohesionSite.Interchange.Csv;
using CohesionSite.Interchange.Sheets;
using CohesionSite.Interchange.Xlsx;

namespace CohesionSite.Interchange.Import;

/// <summary>
/// Reads the sheets of what the user hands to <c>import</c>: an .xlsx workbook, a folder of CSV
/// files (one per sheet, named like <c>actions.csv</c>), or one of those CSV files (its folder is read).
/// </summary>
public static class SheetSource
{
    /// <summary>The sheets, the name to use for whole-workbook messages, whether they are CSV, and any read errors.</summary>
    public static (IReadOnlyList<SheetTable> Sheets, bool IsCsv, IReadOnlyList<CellDiagnostic> Errors) Read(string path)
    {
        if (Directory.Exists(path))
        {
            return ReadCsvFolder(path);
        }

        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            return ([], false, [new CellDiagnostic(name, "(file)", "A1", "file not found")]);
        }

        if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return ReadCsvFolder(Path.GetDirectoryName(Path.GetFullPath(path))!);
        }

        if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return ([], false, [new CellDiagnostic(name, "(file)", "A1", "expected an .xlsx workbook, a .csv file or a folder of CSV files")]);
        }

        var (sheets, error) = WorkbookReader.Read(path);
        return (sheets, false, error is null ? [] : [error]);
    }

    private static (IReadOnlyList<SheetTable>, bool, IReadOnlyList<CellDiagnostic>) ReadCsvFolder(string folder)
    {
        var sheets = new List<SheetTable>();
        var errors = new List<CellDiagnostic>();
        foreach (var file in Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal))
        {
            var fileName = Path.GetFileName(file);
            var spec = PlanWorkbook.DataSheets.FirstOrDefault(s => string.Equals(s.CsvName, fileName, StringComparison.OrdinalIgnoreCase));
            var (table, error) = CsvFormat.Read(file, spec?.Name ?? Path.GetFileNameWithoutExtension(file));
            if (error is not null)
            {
                errors.Add(error);
            }
            else
            {
                sheets.Add(table!);
            }
        }

        return (sheets, true, errors);
    }
}
