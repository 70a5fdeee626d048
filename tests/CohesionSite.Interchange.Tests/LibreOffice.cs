using CohesionSite.Tests;

namespace CohesionSite.Interchange.Tests;

/// <summary>Headless LibreOffice Calc: opens a file and saves it in another format, as a user's "Save as" would.</summary>
public static class LibreOffice
{
    /// <summary>The CSV filter options Calc's own "Text CSV" uses by default: comma, double quote, UTF-8, from line 1.</summary>
    public const string CsvOptions = "44,34,76,1";

    /// <summary>Converts <paramref name="input"/> into <paramref name="outFolder"/> with <paramref name="convertTo"/> (soffice's <c>--convert-to</c>); returns the new file.</summary>
    public static string Convert(string input, string outFolder, string convertTo, string? inFilter = null) =>
        Convert([input], outFolder, convertTo, inFilter).Single();

    /// <summary>Converts several files in one soffice run (its start-up is most of the time); returns the new files.</summary>
    public static IReadOnlyList<string> Convert(IReadOnlyList<string> inputs, string outFolder, string convertTo, string? inFilter = null) =>
        Convert(inputs, outFolder, convertTo, inFilter, input => Path.GetFileNameWithoutExtension(input) + "." + convertTo.Split(':')[0]);

    /// <summary>
    /// Saves one sheet of <paramref name="workbook"/> as CSV the way Calc's "Text CSV" does (option 12
    /// of the filter picks the sheet by its 1-based number); returns the file, which Calc names
    /// <c>BOOK-SHEET.csv</c>.
    /// </summary>
    public static string SheetToCsv(string workbook, string outFolder, int sheetNumber, string sheetName) =>
        Convert([workbook], outFolder, $"csv:Text - txt - csv (StarCalc):{CsvOptions},,0,false,true,true,false,false,{sheetNumber}", null,
            input => $"{Path.GetFileNameWithoutExtension(input)}-{sheetName}.csv").Single();

    private static IReadOnlyList<string> Convert(IReadOnlyList<string> inputs, string outFolder, string convertTo, string? inFilter, Func<string, string> outputName)
    {
        var soffice = RealTools.OnPath("soffice");
        // A profile of its own: soffice refuses to run twice on one profile, and tests run in parallel.
        var profile = Path.Combine(Path.GetTempPath(), "cohesion-soffice-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outFolder);
        try
        {
            var args = new List<string> { $"-env:UserInstallation=file://{profile}", "--headless", "--norestore" };
            if (inFilter is not null)
            {
                args.Add($"--infilter={inFilter}");
            }

            args.AddRange(["--convert-to", convertTo, "--outdir", outFolder, .. inputs]);
            var (code, stdout, stderr) = Repo.Process(outFolder, soffice, args);
            var outputs = inputs.Select(i => Path.Combine(outFolder, outputName(i))).ToArray();
            Assert.True(code == 0 && outputs.All(File.Exists), $"soffice failed ({code}) converting {string.Join(", ", inputs)}:\n{stdout}\n{stderr}");
            return outputs;
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }
    }

    /// <summary>Opens every CSV of <paramref name="folder"/> (or only <paramref name="only"/>; the others are copied) in Calc and saves it back as CSV into a new folder, which it returns.</summary>
    public static string ResaveCsvFolder(string folder, string? only = null)
    {
        var output = folder + "-calc";
        Directory.CreateDirectory(output);
        var files = Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal).ToArray();
        foreach (var csv in files.Where(f => only is not null && Path.GetFileName(f) != only))
        {
            File.Copy(csv, Path.Combine(output, Path.GetFileName(csv)));
        }

        Convert(files.Where(f => only is null || Path.GetFileName(f) == only).ToArray(), output, $"csv:Text - txt - csv (StarCalc):{CsvOptions}", $"CSV:{CsvOptions}");
        return output;
    }
}
