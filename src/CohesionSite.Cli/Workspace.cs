using CohesionSite.Content;
using CohesionSite.Core.Diagnostics;
using CohesionSite.Core.Model;
using CohesionSite.Core.Settings;

namespace CohesionSite.Cli;

/// <summary>
/// Where a run works: the folder holding <c>statiq.json</c>, its settings, and the content and
/// output paths they name (each overridable from the command line).
/// </summary>
public sealed class Workspace
{
    private Workspace(string root, string configPath, SiteSettings settings, string contentPath, string outputPath)
    {
        Root = root;
        ConfigPath = configPath;
        Settings = settings;
        ContentPath = contentPath;
        OutputPath = outputPath;
    }

    /// <summary>The folder holding <c>statiq.json</c>; paths in settings are relative to it.</summary>
    public string Root { get; }

    /// <summary>The settings file.</summary>
    public string ConfigPath { get; }

    /// <summary>The settings.</summary>
    public SiteSettings Settings { get; }

    /// <summary>Absolute content folder.</summary>
    public string ContentPath { get; }

    /// <summary>Absolute output folder.</summary>
    public string OutputPath { get; }

    /// <summary>Absolute rules folder.</summary>
    public string RulesPath => Path.GetFullPath(Path.Combine(Root, Settings.RulesPath));

    /// <summary>Opens the workspace; prints diagnostics and returns null when the settings are wrong.</summary>
    public static Workspace? Open(string? config, string? content, string? output, TextWriter error)
    {
        var configPath = config is not null ? Path.GetFullPath(config) : SettingsLoader.Find(Directory.GetCurrentDirectory());
        if (configPath is null || !File.Exists(configPath))
        {
            error.WriteLine(config is null
                ? $"error: no {SettingsLoader.FileName} in {Directory.GetCurrentDirectory()} or its parents; run from a CohesionSite repository or pass --config"
                : $"{config}: error: settings file not found");
            return null;
        }

        var root = Path.GetDirectoryName(configPath)!;
        var (settings, diagnostics) = SettingsLoader.Load(configPath, Path.GetRelativePath(Directory.GetCurrentDirectory(), configPath).Replace('\\', '/'));
        Print(diagnostics, error);
        if (settings is null)
        {
            return null;
        }

        var contentPath = Path.GetFullPath(content ?? Path.Combine(root, settings.ContentPath));
        var outputPath = Path.GetFullPath(output ?? Path.Combine(root, settings.OutputPath));
        return new Workspace(root, configPath, settings, contentPath, outputPath);
    }

    /// <summary>Loads the content, prints every diagnostic (or those <paramref name="print"/> selects), and returns the result.</summary>
    public LoadResult Load(IReadOnlyCollection<string> strategies, TextWriter error, Func<Diagnostic, bool>? print = null)
    {
        var display = Path.GetRelativePath(Root, ContentPath).Replace('\\', '/');
        var result = ContentLoader.Load(ContentPath, new LoadOptions
        {
            Strategies = strategies,
            DisplayRoot = display.StartsWith("..", StringComparison.Ordinal) ? ContentPath.Replace('\\', '/') : display,
        });
        Print(print is null ? result.Diagnostics : result.Diagnostics.Where(print).ToArray(), error);
        return result;
    }

    /// <summary>A path under the workspace as reports show it: relative to the root, with forward slashes.</summary>
    public string Display(string path)
    {
        var relative = Path.GetRelativePath(Root, Path.GetFullPath(path)).Replace('\\', '/');
        return relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path).Replace('\\', '/') : relative;
    }

    /// <summary>Prints diagnostics one per line, compiler style, with a count at the end.</summary>
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter error)
    {
        foreach (var d in diagnostics)
        {
            error.WriteLine(d.ToString());
        }

        var errors = diagnostics.Count(d => d.IsError);
        if (errors > 0)
        {
            error.WriteLine($"{errors} error{(errors == 1 ? string.Empty : "s")}");
        }
    }

    /// <summary>The most strategy rows <see cref="Census"/> lists before it only counts the rest.</summary>
    public const int CensusRows = 20;

    /// <summary>
    /// A compact table of what was loaded: one row per strategy (the first <see cref="CensusRows"/>)
    /// and a total row, columns aligned, so a large repository still reads in one screen.
    /// </summary>
    public static IReadOnlyList<string> Census(ContentSet content)
    {
        var rows = content.Strategies
            .Select(s => (Name: s.Id, Counts: new[] { s.AllPriorities.Count, s.Actions.Count, s.Indicators.Count, s.Outcomes.Count }))
            .ToList();
        var total = (Name: "total", Counts: Enumerable.Range(0, 4).Select(i => rows.Sum(r => r.Counts[i])).ToArray());
        string[] headers = ["priorities", "actions", "indicators", "outcomes"];
        var shown = rows.Take(CensusRows).Append(total).ToArray();
        var nameWidth = Math.Max("strategy".Length, shown.Max(r => r.Name.Length));
        var widths = headers.Select((h, i) => Math.Max(h.Length, shown.Max(r => Digits(r.Counts[i])))).ToArray();
        string Row(string name, IEnumerable<string> cells) =>
            "  " + name.PadRight(nameWidth) + string.Concat(cells.Select((c, i) => "  " + c.PadLeft(widths[i])));
        var lines = new List<string> { Row("strategy", headers) };
        lines.AddRange(rows.Take(CensusRows).Select(r => Row(r.Name, r.Counts.Select(Number))));
        if (rows.Count > CensusRows)
        {
            lines.Add($"  … and {rows.Count - CensusRows} more");
        }

        lines.Add(Row(total.Name, total.Counts.Select(Number)));
        return lines;
    }

    /// <summary>"1 strategy", "5 strategies".</summary>
    public static string Strategies(int count) => Rules.Reporting.ExitReason.Plural(count, "strategy", "strategies");

    private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static int Digits(int n) => Number(n).Length;
}
