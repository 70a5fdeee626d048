using CohesionSite.Content.Binding;
using CohesionSite.Content.Resolution;
using CohesionSite.Content.Yaml;
using CohesionSite.Core.Diagnostics;
using CohesionSite.Core.Model;

namespace CohesionSite.Content;

/// <summary>Reads one strategy folder's files (each of a known kind) and checks its ids and references.</summary>
internal static class StrategyFolderReader
{
    public static StrategyContent? Read(string folder, string display, string folderName, NationalSet national, YamlLimits limits, List<Diagnostic> diagnostics)
    {
        var kinds = FileKinds.All.Where(k => k.Kind != "national").ToDictionary(k => k.FileName, StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (!kinds.ContainsKey(name) && !name.EndsWith(".md", StringComparison.Ordinal))
            {
                diagnostics.Add(new(DiagnosticCodes.UnknownFile, DiagnosticSeverity.Error, new SourceMark($"{display}/{name}", 1, 1),
                    $"unknown file '{name}'{Suggest.Hint(name, kinds.Keys)}; expected one of: {string.Join(", ", kinds.Keys)}"));
            }
        }

        var files = new Dictionary<string, string>(StringComparer.Ordinal);
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
            return root is null ? null : new NodeBinder(displayPath, diagnostics, limits).BindRoot<T>(root);
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
            new ReferenceChecker(national, diagnostics).CheckStrategy(roots.OfType<Node>());
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
            files);
    }
}
