using System.Collections.Concurrent;
using CohesionSite.Content.Binding;
using CohesionSite.Content.Resolution;
using CohesionSite.Content.Yaml;
using CohesionSite.Core.Diagnostics;
using CohesionSite.Core.Model;

namespace CohesionSite.Content;

/// <summary>
/// Loads a content folder (<c>national/</c> plus one folder per strategy) into one immutable,
/// resolved <see cref="ContentSet"/>, collecting every diagnostic of the run.
/// </summary>
public static class ContentLoader
{
    /// <summary>The national layer's folder name.</summary>
    public const string NationalFolder = "national";

    /// <summary>Loads everything under <paramref name="contentRoot"/>.</summary>
    public static LoadResult Load(string contentRoot, LoadOptions? options = null)
    {
        options ??= new LoadOptions();
        var display = (options.DisplayRoot ?? Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentRoot)))).Replace('\\', '/');
        var diagnostics = new List<Diagnostic>();
        if (!Directory.Exists(contentRoot))
        {
            diagnostics.Add(new(DiagnosticCodes.FileUnreadable, DiagnosticSeverity.Error, new SourceMark(display, 1, 1),
                $"content folder '{contentRoot}' does not exist"));
            return new LoadResult(null, diagnostics);
        }

        var folders = StrategyFolders(contentRoot)
            .Where(n => options.Strategies.Count == 0 || options.Strategies.Contains(n))
            .ToArray();
        foreach (var wanted in options.Strategies.Where(s => !folders.Contains(s)))
        {
            diagnostics.Add(new(DiagnosticCodes.FileUnreadable, DiagnosticSeverity.Error, new SourceMark($"{display}/{wanted}", 1, 1),
                $"no strategy folder '{wanted}'{Suggest.Hint(wanted, Directory.GetDirectories(contentRoot).Select(Path.GetFileName).OfType<string>())}"));
        }

        var nationalFiles = LoadNational(contentRoot, display, options.Limits, diagnostics);
        var national = new NationalSet(
            nationalFiles.SelectMany(f => f.Definitions).ToArray(),
            nationalFiles.SelectMany(f => f.Frameworks).ToArray(),
            nationalFiles.SelectMany(f => f.Indicators).ToArray());
        new ReferenceChecker(national, diagnostics).CheckNational(nationalFiles);

        // Strategies are independent: read them in parallel, then merge diagnostics in a fixed order.
        var loaded = new (StrategyContent? Content, List<Diagnostic> Diagnostics)[folders.Length];
        Parallel.For(0, folders.Length, i =>
        {
            var own = new List<Diagnostic>();
            var content = StrategyFolderReader.Read(Path.Combine(contentRoot, folders[i]), $"{display}/{folders[i]}", folders[i], national, options.Limits, own);
            loaded[i] = (content, own);
        });

        foreach (var (_, own) in loaded)
        {
            diagnostics.AddRange(own);
        }

        var ordered = DiagnosticOrder.Sort(diagnostics);
        var set = DiagnosticOrder.HasStructuralError(ordered) ? null : new ContentSet(national, loaded.Select(l => l.Content).OfType<StrategyContent>().ToArray());
        return new LoadResult(set, ordered);
    }

    /// <summary>The names of the strategy folders under <paramref name="contentRoot"/> (every folder but <c>national/</c> and hidden ones), in order; none when it does not exist.</summary>
    public static IReadOnlyList<string> StrategyFolders(string contentRoot) =>
        !Directory.Exists(contentRoot)
            ? []
            : Directory.GetDirectories(contentRoot)
                .Select(Path.GetFileName)
                .OfType<string>()
                .Where(n => n != NationalFolder && !n.StartsWith('.'))
                .Order(StringComparer.Ordinal)
                .ToArray();

    private static List<NationalFile> LoadNational(string contentRoot, string display, YamlLimits limits, List<Diagnostic> diagnostics)
    {
        var folder = Path.Combine(contentRoot, NationalFolder);
        var files = new List<NationalFile>();
        if (!Directory.Exists(folder))
        {
            return files;
        }

        foreach (var path in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var displayPath = $"{display}/{NationalFolder}/{name}";
            if (!name.EndsWith(".yaml", StringComparison.Ordinal))
            {
                diagnostics.Add(new(DiagnosticCodes.UnknownFile, DiagnosticSeverity.Error, new SourceMark(displayPath, 1, 1),
                    "unexpected file; expected only .yaml files in national/"));
                continue;
            }

            if (YamlFileReader.Read(path, displayPath, limits, diagnostics) is { } root
                && new NodeBinder(displayPath, diagnostics, limits).BindRoot<NationalFile>(root) is { } file)
            {
                files.Add(file);
            }
        }

        return files;
    }
}
