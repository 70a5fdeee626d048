using CohesionSite.Content.Binding;
using CohesionSite.Content.Yaml;
using CohesionSite.Core.Diagnostics;
using CohesionSite.Core.Model;
using CohesionSite.Rules.Definitions;
using CohesionSite.Rules.Facts;
using NRules;

namespace CohesionSite.Rules.Engine;

/// <summary>
/// Reads every <c>*.yaml</c> of the rules folder (in name order), binds each to <see cref="RulesFile"/>
/// with exact marks, and checks every rule before anything runs: ids unique across files, the
/// expression parsed and walked by the sandbox, the message's placeholders known. Every problem is
/// a diagnostic at the rules file, line and column, naming the rule id; any error means no rule set.
/// </summary>
public static class RuleSetLoader
{
    /// <summary>A rule's expression or message does not parse or is not allowed.</summary>
    public const string RuleInvalid = "rule-invalid";

    /// <summary>Two rules share an id.</summary>
    public const string RuleDuplicate = "rule-duplicate";

    /// <summary>The fact type each kind of rule reads.</summary>
    public static Type FactTypeOf(FactKind kind) => kind switch
    {
        FactKind.Diagnostic => typeof(DiagnosticFact),
        FactKind.Strategy => typeof(StrategyFact),
        FactKind.Priority => typeof(PriorityFact),
        FactKind.Outcome => typeof(OutcomeFact),
        FactKind.Principle => typeof(PrincipleFact),
        FactKind.Value => typeof(ValueFact),
        FactKind.MatrixCell => typeof(MatrixCellFact),
        FactKind.Commitment => typeof(CommitmentFact),
        FactKind.Group => typeof(GroupFact),
        FactKind.Action => typeof(ActionFact),
        FactKind.Milestone => typeof(MilestoneFact),
        FactKind.Indicator => typeof(IndicatorFact),
        FactKind.ToolkitPrinciple => typeof(ToolkitPrincipleFact),
        FactKind.CountClaim => typeof(CountClaimFact),
        FactKind.MissingPart => typeof(MissingPartFact),
        FactKind.Text => typeof(TextFact),
        FactKind.Partner => typeof(PartnerFact),
        FactKind.BodyName => typeof(BodyNameFact),
        FactKind.Translation => typeof(TranslationFact),
        FactKind.TranslationField => typeof(TranslationFieldFact),
        FactKind.Waiver => typeof(WaiverFact),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Loads the rules under <paramref name="folder"/>; paths in marks start with <paramref name="displayRoot"/> (e.g. <c>rules</c>).</summary>
    public static (RuleSet? Rules, IReadOnlyList<Diagnostic> Diagnostics) Load(string folder, string displayRoot = "rules")
    {
        var diagnostics = new List<Diagnostic>();
        if (!Directory.Exists(folder))
        {
            diagnostics.Add(new(DiagnosticCodes.FileUnreadable, DiagnosticSeverity.Error, new SourceMark(displayRoot, 1, 1), $"rules folder '{folder}' does not exist"));
            return (null, diagnostics);
        }

        var definitions = new List<(RuleDefinition Definition, string File, string Group)>();
        foreach (var path in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var display = $"{displayRoot}/{Path.GetFileName(path)}";
            var errorsBefore = diagnostics.Count(d => d.IsError);

            // A file with a structural error (unknown key, bad enum) is not compiled: its rules would be half-bound.
            if (YamlFileReader.Read(path, display, YamlLimits.Default, diagnostics) is not { } root
                || new NodeBinder(display, diagnostics, YamlLimits.Default).BindRoot<RulesFile>(root) is not { } file
                || diagnostics.Count(d => d.IsError) > errorsBefore)
            {
                continue;
            }

            definitions.AddRange(file.Rules.Select(d => (d, display, file.Group)));
        }

        // Parsing and sandboxing each rule's conditions is independent of the others: done in
        // parallel (it is most of a cold compile), then taken in catalogue order, so diagnostics and
        // the duplicate check read exactly as a serial pass.
        var compiled = new (LoadedRule? Rule, List<Diagnostic> Diagnostics)[definitions.Count];
        Parallel.For(0, definitions.Count, i =>
        {
            var own = new List<Diagnostic>();
            var (definition, display, group) = definitions[i];
            compiled[i] = (Compile(definition, display, group, own), own);
        });

        var rules = new List<LoadedRule>();
        var first = new Dictionary<string, LoadedRule>(StringComparer.Ordinal);
        for (var i = 0; i < definitions.Count; i++)
        {
            var (rule, own) = compiled[i];
            diagnostics.AddRange(own);
            if (rule is null)
            {
                continue;
            }

            if (first.TryGetValue(rule.Info.Id, out var earlier))
            {
                diagnostics.Add(new(RuleDuplicate, DiagnosticSeverity.Error, definitions[i].Definition.MarkOf("id"),
                    $"duplicate rule id '{rule.Info.Id}' (first defined at {earlier.Definition.MarkOf("id")}); rule ids must be unique across rules/"));
                continue;
            }

            first[rule.Info.Id] = rule;
            rules.Add(rule);
        }

        if (diagnostics.Any(d => d.IsError))
        {
            return (null, diagnostics);
        }

        // The whole catalogue becomes one network, compiled once per run; strategies get sessions of it.
        try
        {
            return (new RuleSet(rules, new RuleCompiler().Compile(rules.Select(r => r.Model))), diagnostics);
        }
        catch (RuleCompilationException e)
        {
            var rule = rules.FirstOrDefault(r => r.Info.Id == e.RuleName);
            diagnostics.Add(new(RuleInvalid, DiagnosticSeverity.Error, rule?.ExpressionMark ?? new SourceMark(displayRoot, 1, 1),
                $"rule '{e.RuleName}': NRules cannot compile it: {e.InnerException?.Message ?? e.Message}"));
            return (null, diagnostics);
        }
    }

    private static LoadedRule? Compile(RuleDefinition definition, string file, string group, List<Diagnostic> diagnostics)
    {
        var factType = FactTypeOf(definition.Fact);
        try
        {
            var parameters = definition.Parameters?.Values().ToArray() ?? [];
            var model = RuleModelBuilder.Build(definition, factType, parameters);
            var message = MessageTemplate.Parse(definition.Message, factType, parameters);
            var translations = new List<(string, MessageTemplate)>();
            foreach (var (t, i) in definition.Translations.Select((t, i) => (t, i)))
            {
                // The English is the rule itself; a second text for one language would make the page's choice arbitrary.
                if (t.Language == LanguageCodes.English || definition.Translations.Take(i).Any(e => e.Language == t.Language))
                {
                    diagnostics.Add(new(RuleInvalid, DiagnosticSeverity.Error, t.MarkOf("language"),
                        $"rule '{definition.Id}': translations[{i}]: language '{t.Language}' is {(t.Language == LanguageCodes.English ? "the rule's own (its title and message are the English)" : "translated twice")}; give each other language once"));
                    return null;
                }

                try
                {
                    translations.Add((t.Language, MessageTemplate.Parse(t.Message, factType, parameters)));
                }
                catch (RuleSandboxException e)
                {
                    diagnostics.Add(new(RuleInvalid, DiagnosticSeverity.Error, t.MarkOf("message"), $"rule '{definition.Id}': translations[{i}] ({t.Language}): {e.Message}"));
                    return null;
                }
            }

            return new LoadedRule(definition, file, group, factType, message, translations, model);
        }
        catch (RuleSandboxException e)
        {
            diagnostics.Add(new(RuleInvalid, DiagnosticSeverity.Error, MarkOfProblem(definition, e.Message), $"rule '{definition.Id}': {e.Message}"));
            return null;
        }
    }

    // The message names the field it is about ("not[0]: …", "message placeholder …"): point there.
    private static SourceMark MarkOfProblem(RuleDefinition definition, string message)
    {
        if (message.StartsWith("message", StringComparison.Ordinal))
        {
            return definition.MarkOf("message");
        }

        foreach (var (field, joins) in new[] { ("not", definition.Not), ("exists", definition.Exists), ("members", definition.Members) })
        {
            for (var i = 0; i < joins.Count; i++)
            {
                if (message.StartsWith($"{field}[{i}]:", StringComparison.Ordinal))
                {
                    return joins[i].Where is null ? joins[i].Mark : joins[i].MarkOf("where");
                }
            }
        }

        return definition.MarkOf("expression");
    }
}
