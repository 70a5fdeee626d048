using CohesionSite.Content.Binding;
using CohesionSite.Content.Shapes;
using CohesionSite.Content.Yaml;
using CohesionSite.Core.Diagnostics;
using CohesionSite.Core.Settings;

namespace CohesionSite.Content;

/// <summary>
/// Reads <c>statiq.json</c>. JSON is read through the YAML parser (JSON is a subset of YAML 1.2),
/// which gives every key a line and column, so an unknown key is reported exactly like content.
/// </summary>
public static class SettingsLoader
{
    /// <summary>The settings file name.</summary>
    public const string FileName = "statiq.json";

    /// <summary>Loads settings from <paramref name="path"/>.</summary>
    public static (SiteSettings? Settings, IReadOnlyList<Diagnostic> Diagnostics) Load(string path, string? displayPath = null)
    {
        var diagnostics = new List<Diagnostic>();
        displayPath ??= Path.GetFileName(path);
        var root = YamlFileReader.Read(path, displayPath, new YamlLimits(MaxFileBytes: 1024 * 1024, MaxNodes: 10_000), diagnostics);
        var settings = root is null ? null : new NodeBinder(displayPath, diagnostics, YamlLimits.Default, NamingStyle.Exact).BindRoot<SiteSettings>(root);
        return (diagnostics.Any(d => d.IsError) ? null : settings, diagnostics);
    }

    /// <summary>Finds <c>statiq.json</c> in <paramref name="start"/> or its parents.</summary>
    public static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
