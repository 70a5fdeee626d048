using CohesionSite.Content;
using CohesionSite.Core.Diagnostics;
using CohesionSite.Core.Model;
using CohesionSite.Interchange.Yaml;

namespace CohesionSite.Interchange.Import;

/// <summary>What an import did, or why it wrote nothing.</summary>
/// <param name="CellErrors">Bad cells (nothing was written).</param>
/// <param name="ContentErrors">Problems of the content itself, before or after the import (nothing was written).</param>
/// <param name="Notes">What the YAML rewrite could not keep (comments), and other remarks.</param>
/// <param name="Summary">One line per file: rewritten or unchanged, with counts.</param>
public sealed record ImportResult(IReadOnlyList<CellDiagnostic> CellErrors, IReadOnlyList<Diagnostic> ContentErrors, IReadOnlyList<string> Notes, IReadOnlyList<string> Summary)
{
    /// <summary>True when nothing was written because something was wrong.</summary>
    public bool Failed => CellErrors.Count > 0 || ContentErrors.Any(d => d.IsError);
}

/// <summary>
/// <c>cohesion import</c>: reads a workbook (or CSV files) into one strategy's actions.yaml,
/// indicators.yaml and (from the Translations sheet) translations/LANG.yaml, all or nothing.
/// Every cell is checked first; then the would-be files are written to a temporary copy of the
/// content and loaded there, and only when that copy is valid are the real files replaced.
/// </summary>
public static class PlanImport
{
    /// <summary>The first line of every content file: the schema editors validate against.</summary>
    public static string SchemaLine(string kind) => $"# yaml-language-server: $schema=../../schemas/{kind}.schema.json";

    /// <summary>Imports <paramref name="source"/> into strategy <paramref name="strategyId"/> of <paramref name="contentRoot"/>.</summary>
    /// <param name="source">An .xlsx file, a CSV file or a folder of CSV files.</param>
    /// <param name="contentRoot">The content folder.</param>
    /// <param name="strategyId">The strategy folder to import into.</param>
    /// <param name="displayRoot">How the content folder is named in messages (<c>content</c>).</param>
    public static ImportResult Run(string source, string contentRoot, string strategyId, string displayRoot)
    {
        var options = new LoadOptions { Strategies = [strategyId], DisplayRoot = displayRoot };
        var before = ContentLoader.Load(contentRoot, options);
        if (before.HasErrors || before.Content?.StrategyById.GetValueOrDefault(strategyId) is not { } strategy)
        {
            return new ImportResult([], before.Diagnostics.Where(d => d.IsError).ToArray(), ["the content has errors; fix them (cohesion validate) before importing"], []);
        }

        var (sheets, isCsv, readErrors) = SheetSource.Read(source);
        if (readErrors.Count > 0)
        {
            return new ImportResult(readErrors, [], [], []);
        }

        if (WorkbookOwner.Mismatch(sheets, strategyId) is { } wrongStrategy)
        {
            return new ImportResult([wrongStrategy], [], [], []);
        }

        var sourceName = isCsv && Directory.Exists(source) ? Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(source))) : Path.GetFileName(source);
        var plan = new PlanReader(strategy, before.Content.National).Read(sheets, sourceName);
        var translations = new TranslationReader(strategy).Read(sheets);
        if (plan.Errors.Count > 0 || translations.Errors.Count > 0)
        {
            return new ImportResult([.. plan.Errors, .. translations.Errors], [], [], []);
        }

        var folder = Path.Combine(contentRoot, strategyId);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var notes = new List<string>();
        var summary = new List<string>();
        if (plan.Actions is { } actions)
        {
            Rewrite(folder, "actions", "actions", actions, "action",
                $"{SchemaLine("actions")}\nplan:\n  state: present\n", displayRoot, strategyId, texts, notes, summary);
        }

        if (plan.Indicators is { } indicators)
        {
            Rewrite(folder, "indicators", "indicators", indicators, "indicator",
                $"{SchemaLine("indicators")}\n", displayRoot, strategyId, texts, notes, summary);
        }

        if (translations.Files is { } files)
        {
            notes.AddRange(translations.Notes);
            TranslationFiles.Rewrite(folder, files, strategy, $"{displayRoot}/{strategyId}", texts, notes, summary);
        }

        var changed = texts.Where(t => !File.Exists(t.Key) || File.ReadAllText(t.Key) != t.Value).ToDictionary(t => t.Key, t => t.Value);
        var afterErrors = Rehearse(contentRoot, strategyId, changed, options);
        if (afterErrors.Count > 0)
        {
            return new ImportResult([], afterErrors, ["the imported YAML would not load; nothing was written", .. notes], []);
        }

        foreach (var path in changed.Keys)
        {
            // translations/ may not exist yet: the first translation creates it.
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        }

        FileSwap.Replace(changed);
        return new ImportResult([], [], notes, summary);
    }

    private static void Rewrite<T>(string folder, string kind, string listKey, IReadOnlyList<T> items, string kindName, string header,
        string displayRoot, string strategyId, Dictionary<string, string> texts, List<string> notes, List<string> summary)
        where T : IdentifiedNode
    {
        var path = Path.Combine(folder, kind + ".yaml");
        var display = $"{displayRoot}/{strategyId}/{kind}.yaml";
        var existing = File.Exists(path) ? File.ReadAllText(path) : null;
        var result = YamlListRewriter.Rewrite(existing, listKey, items, display, header, kindName);
        if (existing is null && result.Text.Length == 0)
        {
            return;
        }

        texts[path] = result.Text;
        notes.AddRange(result.Notes);
        var (added, changed, removed) = result.Changed;
        var count = $"{items.Count} {kindName}{(items.Count == 1 ? string.Empty : "s")}";
        summary.Add(existing == result.Text
            ? $"{display}: unchanged ({count})"
            : $"{display}: {(existing is null ? "created" : "rewritten")} ({count}: {added} added, {changed} changed, {removed} removed)");
    }

    /// <summary>Loads the strategy with the new files in a throw-away copy of the content; returns its errors.</summary>
    private static IReadOnlyList<Diagnostic> Rehearse(string contentRoot, string strategyId, IReadOnlyDictionary<string, string> changed, LoadOptions options)
    {
        var temp = Path.Combine(Path.GetTempPath(), "cohesion-import-" + Guid.NewGuid().ToString("N"), "content");
        try
        {
            Copy(Path.Combine(contentRoot, ContentLoader.NationalFolder), Path.Combine(temp, ContentLoader.NationalFolder));
            var folder = Path.Combine(contentRoot, strategyId);
            Copy(folder, Path.Combine(temp, strategyId));
            foreach (var (path, text) in changed)
            {
                var target = Path.Combine(temp, strategyId, Path.GetRelativePath(folder, path));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, text);
            }

            return ContentLoader.Load(temp, options).Diagnostics.Where(d => d.IsError).ToArray();
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(temp)!, recursive: true);
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        if (!Directory.Exists(from))
        {
            return;
        }

        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        // translations/ is part of the strategy: the copy must load as the real folder would.
        foreach (var dir in Directory.GetDirectories(from))
        {
            Copy(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }
}
