using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;
using CohesionSite.Rules.Definitions;
using NRules.RuleModel;

namespace CohesionSite.Rules.Engine;

/// <summary>A rule read from <c>rules/</c>, checked by the sandbox and built into an NRules rule definition.</summary>
public sealed class LoadedRule
{
    internal LoadedRule(RuleDefinition definition, string file, string group, Type factType, MessageTemplate message, IReadOnlyList<(string Language, MessageTemplate Message)> translations, IRuleDefinition model)
    {
        Definition = definition;
        File = file;
        FactType = factType;
        Message = message;
        Translations = translations;
        Model = model;
        Info = new RuleInfo
        {
            Id = definition.Id,
            Severity = definition.Severity,
            Group = group,
            Title = definition.Title,
            Rationale = definition.Rationale,
            MotivatedBy = definition.MotivatedBy,
            File = file,
            Texts = definition.Translations.ToDictionary(t => t.Language, t => new RuleText(t.Title, t.Rationale ?? definition.Rationale), StringComparer.Ordinal),
        };
    }

    /// <summary>The rule as written.</summary>
    public RuleDefinition Definition { get; }

    /// <summary>The catalogue entry.</summary>
    public RuleInfo Info { get; }

    /// <summary>The rules file (repository-relative).</summary>
    public string File { get; }

    /// <summary>Where the rule's expression is written.</summary>
    public SourceMark ExpressionMark => Definition.MarkOf("expression");

    internal Type FactType { get; }

    internal MessageTemplate Message { get; }

    /// <summary>The message in each language the rule is translated into, parsed like <see cref="Message"/>.</summary>
    internal IReadOnlyList<(string Language, MessageTemplate Message)> Translations { get; }

    /// <summary>The rule in NRules' canonical model (compiled into the network with the rest of the catalogue).</summary>
    internal IRuleDefinition Model { get; }
}
