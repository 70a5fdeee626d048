using CohesionSite.Content.Binding;
using CohesionSite.Content.Resolution;
using CohesionSite.Content.Shapes;
using CohesionSite.Content.Yaml;
using CohesionSite.Core.Diagnostics;
using CohesionSite.Core.Model;

namespace CohesionSite.Content;

/// <summary>Reads one strategy folder's files (each of a known kind) and checks its ids and references.</summary>
internal static class StrategyFolderReader
{
    public static StrategyContent? Read(string folder, string display, string folderName, NationalSet national, YamlLimits limits, List<Diagnostic> diagnostics)
    {
        var fileKinds = FileKinds.All.Where(k => !k.FileName.Contains('/', StringComparison.Ordinal)).ToDictionary(k => k.FileName, StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (!fileKinds.ContainsKey(name) && !name.EndsWith(".md", StringComparison.Ordinal))
            {
                diagnostics.Add(new(DiagnosticCodes.UnknownFile, DiagnosticSeverity.Error, new SourceMark($"{display}/{name}", 1, 1),
                    $"unknown file '{name}'{Suggest.Hint(name, fileKinds.Keys)}; expected one of: {string.Join(", ", fileKinds.Keys)}"));
            }
        }

        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var unreadable = new List<(string DisplayPath, IReadOnlySet<RefTarget> Kinds)>();
        T? ReadFile<T>(string fileName) where T : Node
        {
            var path = Path.Combine(folder, fileName);
            if (!File.Exists(path))
            {
                return null;
            }

            var displayPath = $"{display}/{fileName}";
            files[Path.GetFileNameWithoutExtension(fileName)] = displayPath;
            var root = YamlFileReader.Read(path, displayPath, limits, diagnostics);
            var bound = root is null ? null : new NodeBinder(displayPath, diagnostics, limits).BindRoot<T>(root);
            if (bound is null)
            {
                unreadable.Add((displayPath, TypeShape.For(typeof(T)).KindsWithin));
            }

            return bound;
        }

        var strategy = ReadFile<Strategy>("strategy.yaml");
        if (strategy is null && !File.Exists(Path.Combine(folder, "strategy.yaml")))
        {
            diagnostics.Add(new(DiagnosticCodes.FileUnreadable, DiagnosticSeverity.Error, new SourceMark($"{display}/strategy.yaml", 1, 1),
                "missing strategy.yaml; every strategy folder needs one"));
        }

        var priorities = ReadFile<PrioritiesFile>("priorities.yaml");
        var outcomes = ReadFile<OutcomesFile>("outcomes.yaml");
        var indicators = ReadFile<IndicatorsFile>("indicators.yaml");
        var actions = ReadFile<ActionsFile>("actions.yaml");
        var toolkit = ReadFile<Toolkit>("toolkit.yaml");
        var practice = ReadFile<PracticeFile>("practice.yaml");
        var evidence = ReadFile<EvidenceFile>("evidence.yaml");
        var translations = ReadTranslations();
        if (strategy is null)
        {
            return null;
        }

        if (strategy.Id != folderName)
        {
            diagnostics.Add(new(DiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, strategy.MarkOf("id"),
                $"strategy id '{strategy.Id}' differs from its folder name '{folderName}'; expected them to be the same"));
        }

        // A file cut off at the node budget (an alias bomb) is not worth checking: its partial
        // tree would only add a flood of duplicate-id noise. Other errors still get their
        // references checked, so one run reports everything.
        if (!diagnostics.Any(d => d.Code == DiagnosticCodes.TooLarge))
        {
            Node?[] roots = [strategy, priorities, outcomes, indicators, actions, toolkit, practice, evidence];
            // References into a file that could not be read would all look unknown: one error for
            // the file (already reported) and a note, instead of a false error per reference.
            var notChecked = unreadable.SelectMany(u => u.Kinds).ToHashSet();
            var missed = new ReferenceChecker(national, diagnostics, notChecked).CheckStrategy(roots.OfType<Node>());
            foreach (var (displayPath, kinds) in unreadable)
            {
                var skipped = missed.Where(kinds.Contains).ToArray();
                if (skipped.Length > 0)
                {
                    var names = string.Join(", ", skipped.Select(k => ReferenceChecker.KindName(k) + "s"));
                    // At the file's own error, so the note reads right after it.
                    var at = diagnostics.FirstOrDefault(d => d.IsError && d.Mark.File == displayPath)?.Mark ?? new SourceMark(displayPath, 1, 1);
                    diagnostics.Add(new(DiagnosticCodes.RefsUnchecked, DiagnosticSeverity.Note, at,
                        $"references to its {names} from other files were not checked, because this file could not be read; fix it and validate again"));
                }
            }
        }

        return new StrategyContent(
            strategy,
            priorities?.Priorities ?? [],
            outcomes?.Outcomes ?? [],
            indicators?.Indicators ?? [],
            actions?.Plan,
            actions?.Actions ?? [],
            toolkit,
            practice?.Cases ?? [],
            evidence?.Tables ?? [],
            evidence?.Figures ?? [],
            files)
        {
            Translations = translations,
        };

        // translations/LANG.yaml, in language order. Whether the strategy declares the language and
        // what each file still lacks is the gap report's to say; a file that says another language
        // than its name is an error here, as a reader of the folder would be misled.
        TranslationFile[] ReadTranslations()
        {
            var dir = Path.Combine(folder, TranslationFolder);
            if (!Directory.Exists(dir))
            {
                return [];
            }

            var read = new List<TranslationFile>();
            foreach (var path in Directory.GetFiles(dir).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(path);
                var displayPath = $"{display}/{TranslationFolder}/{name}";
                if (!name.EndsWith(".yaml", StringComparison.Ordinal))
                {
                    diagnostics.Add(new(DiagnosticCodes.UnknownFile, DiagnosticSeverity.Error, new SourceMark(displayPath, 1, 1),
                        $"unknown file '{name}' in {TranslationFolder}/; expected one LANG.yaml per language ({string.Join(", ", LanguageCodes.All.Skip(1).Select(c => c + ".yaml"))})"));
                    continue;
                }

                var root = YamlFileReader.Read(path, displayPath, limits, diagnostics);
                if (root is null || new NodeBinder(displayPath, diagnostics, limits).BindRoot<TranslationFile>(root) is not { } file)
                {
                    continue;
                }

                var stem = Path.GetFileNameWithoutExtension(name);
                if (file.Language != stem)
                {
                    diagnostics.Add(new(DiagnosticCodes.InvalidValue, DiagnosticSeverity.Error, file.MarkOf("language"),
                        $"'language' is '{file.Language}' in a file named {name}; expected '{stem}' (a translation file is named after its language)"));
                    continue;
                }

                read.Add(file);
            }

            return read.ToArray();
        }
    }

    /// <summary>The subfolder of a strategy that holds its translations.</summary>
    public const string TranslationFolder = "translations";
}
