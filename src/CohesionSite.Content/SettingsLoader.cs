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
        if (settings is not null)
        {
            CheckTranslations(settings, diagnostics);
        }

        return (diagnostics.Any(d => d.IsError) ? null : settings, diagnostics);
    }

    // A translation into the site's own language, or a second one into the same language, could
    // only be ignored; and translated known issues stand in for the originals one for one.
    private static void CheckTranslations(SiteSettings settings, List<Diagnostic> diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < settings.Translations.Count; i++)
        {
            var t = settings.Translations[i];
            if (string.Equals(t.Language, settings.OwnLanguage, StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, t.MarkOf("Language"),
                    $"Translations[{i}].Language is \"{t.Language}\", the site's own language ({settings.Language}); expected a further language, e.g. \"cy\""));
            }
            else if (!seen.Add(t.Language))
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, t.MarkOf("Language"),
                    $"Translations[{i}].Language \"{t.Language}\" is translated twice; expected one entry per language"));
            }

            if (t.AccessibilityIssues is { } issues && issues.Count != settings.AccessibilityIssues.Count)
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, t.MarkOf("AccessibilityIssues"),
                    $"Translations[{i}].AccessibilityIssues has {issues.Count} item(s) but AccessibilityIssues has {settings.AccessibilityIssues.Count}; expected one translation per known issue, in the same order"));
            }
        }
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
