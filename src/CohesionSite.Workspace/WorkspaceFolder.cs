using CohesionSite.Content;
using CohesionSite.Core.Diagnostics;
using CohesionSite.Core.Settings;
using CohesionSite.Site.Output;

namespace CohesionSite.Workspace;

/// <summary>What opening a workspace gave: the workspace, or why there is none.</summary>
/// <param name="Folder">The workspace; null when the settings file is missing or has errors.</param>
/// <param name="Diagnostics">The settings file's diagnostics (warnings too).</param>
/// <param name="Error">A problem with no place in a file (no settings file found), or null.</param>
public sealed record WorkspaceOpening(WorkspaceFolder? Folder, IReadOnlyList<Diagnostic> Diagnostics, string? Error);

/// <summary>
/// Where a run works: the folder holding <c>statiq.json</c>, its settings, and every path they name
/// (content, output, rules, templates), each resolved here and only here (content and output
/// overridable from the command line). Nothing here prints: problems are returned as data.
/// </summary>
public sealed class WorkspaceFolder
{
    private WorkspaceFolder(string root, string configPath, SiteSettings settings, string contentPath, string outputPath)
    {
        Root = root;
        ConfigPath = configPath;
        Settings = settings;
        ContentPath = contentPath;
        OutputPath = outputPath;
        RulesPath = Path.GetFullPath(Path.Combine(root, settings.RulesPath));
        TemplatesPath = settings.TemplatesPath is { } t ? Path.GetFullPath(Path.Combine(root, t)) : null;
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

    /// <summary>Absolute rules folder the settings name (it may not exist: then the built-in rules run, see <see cref="RulesFolder"/>).</summary>
    public string RulesPath { get; }

    /// <summary>Absolute folder of template overrides, or null when the settings name none.</summary>
    public string? TemplatesPath { get; }

    /// <summary>The rules folder that runs: <see cref="RulesPath"/> when it exists, else the tool's built-in rules, else null.</summary>
    public string? RulesFolder => DefaultsLocator.Resolve(RulesPath, AppContext.BaseDirectory, "rules");

    /// <summary>The folders a change to which affects every page: rules and templates (for a watcher).</summary>
    public IReadOnlyList<string> SharedFolders => TemplatesPath is { } t ? [RulesPath, t] : [RulesPath];

    /// <summary>The folders of this workspace no output may touch (see <see cref="OutputGuard"/>).</summary>
    public IReadOnlyList<ProtectedPath> Guarded => OutputGuard.ForRepository(Root, ContentPath, RulesPath);

    /// <summary>Opens the workspace named by <paramref name="config"/> (or found from the current folder up).</summary>
    public static WorkspaceOpening Open(string? config, string? content, string? output)
    {
        var configPath = config is not null ? Path.GetFullPath(config) : SettingsLoader.Find(Directory.GetCurrentDirectory());
        if (configPath is null || !File.Exists(configPath))
        {
            return new WorkspaceOpening(null, [], config is null
                ? $"error: no {SettingsLoader.FileName} in {Directory.GetCurrentDirectory()} or its parents; run from a CohesionSite repository or pass --config"
                : $"{config}: error: settings file not found");
        }

        var root = Path.GetDirectoryName(configPath)!;
        var (settings, diagnostics) = SettingsLoader.Load(configPath, Path.GetRelativePath(Directory.GetCurrentDirectory(), configPath).Replace('\\', '/'));
        if (settings is null)
        {
            return new WorkspaceOpening(null, diagnostics, null);
        }

        var contentPath = Path.GetFullPath(content ?? Path.Combine(root, settings.ContentPath));
        var outputPath = Path.GetFullPath(output ?? Path.Combine(root, settings.OutputPath));
        return new WorkspaceOpening(new WorkspaceFolder(root, configPath, settings, contentPath, outputPath), diagnostics, null);
    }

    /// <summary>Loads the content (all strategies, or only <paramref name="strategies"/>); diagnostics are in the result.</summary>
    public LoadResult Load(IReadOnlyCollection<string> strategies) =>
        ContentLoader.Load(ContentPath, new LoadOptions { Strategies = strategies, DisplayRoot = Display(ContentPath) });

    /// <summary>A path under the workspace as reports show it: relative to the root, with forward slashes (absolute when outside it).</summary>
    public string Display(string path)
    {
        var relative = Path.GetRelativePath(Root, Path.GetFullPath(path)).Replace('\\', '/');
        return relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path).Replace('\\', '/') : relative;
    }
}
