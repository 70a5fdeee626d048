using CohesionSite.Content;
using CohesionSite.Core.Model;
using CohesionSite.Interchange.Sheets;

namespace CohesionSite.Interchange.Csv;

/// <summary>Writes a strategy's data sheets as one CSV file per sheet into a folder.</summary>
public static class CsvExport
{
    /// <summary>Writes <c>actions.csv</c>, <c>milestones.csv</c>, <c>progress.csv</c>, <c>indicators.csv</c> and <c>measurements.csv</c>.</summary>
    public static IReadOnlyList<string> Write(StrategyContent strategy, string folder)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var table in SheetExport.Tables(strategy, string.Empty))
        {
            var spec = PlanWorkbook.DataSheets.Single(s => s.Name == table.Name);
            var path = Path.Combine(folder, spec.CsvName);
            // Through a temporary sibling, so a reader (or Excel) never sees half a file.
            AtomicFile.Write(path, temp => CsvFormat.WriteFile(table, temp));
            written.Add(path);
        }

        return written;
    }
}
