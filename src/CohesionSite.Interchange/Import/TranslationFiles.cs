using CohesionSite.Content;
using CohesionSite.Core.Model;
using CohesionSite.Interchange.Yaml;

namespace CohesionSite.Interchange.Import;

/// <summary>
/// Turns the translations read from a sheet into the would-be texts of <c>translations/LANG.yaml</c>:
/// a file that already says the same is left as it is, a language with nothing translated and no
/// file gets none.
/// </summary>
internal static class TranslationFiles
{
    /// <summary>Adds each changed file's text to <paramref name="texts"/> and a line per file to <paramref name="summary"/>.</summary>
    public static void Rewrite(string folder, IReadOnlyList<TranslationFile> files, StrategyContent strategy, string display,
        Dictionary<string, string> texts, List<string> notes, List<string> summary)
    {
        foreach (var file in files)
        {
            var name = $"{StrategyFolderReader.TranslationFolder}/{file.Language}.yaml";
            var path = Path.Combine(folder, StrategyFolderReader.TranslationFolder, file.Language + ".yaml");
            var existing = strategy.Translations.FirstOrDefault(t => t.Language == file.Language);
            var count = $"{file.Texts.Count} text{(file.Texts.Count == 1 ? string.Empty : "s")}";
            if (existing is not null && TranslationYaml.SameTexts(existing, file))
            {
                summary.Add($"{display}/{name}: unchanged ({count})");
                continue;
            }

            if (existing is null && file.Texts.Count == 0)
            {
                continue;
            }

            var before = File.Exists(path) ? File.ReadAllText(path) : null;
            texts[path] = TranslationYaml.Write(file);
            summary.Add($"{display}/{name}: {(before is null ? "created" : "rewritten")} ({count})");
            // The file is written anew from the sheet, so its comments (beyond the schema line) go.
            if (before?.Split('\n').Skip(1).Any(l => l.TrimStart().StartsWith('#')) == true)
            {
                notes.Add($"{display}/{name}: written anew from the {Sheets.TranslationSheet.Name} sheet; its comments were not kept");
            }
        }
    }
}
