using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Definitions;

/// <summary>One file of <c>rules/</c>: a group of rules (integrity, coverage, actions …).</summary>
public sealed record RulesFile : Node
{
    /// <summary>The group every rule of the file belongs to.</summary>
    [Pattern("^[a-z][a-z0-9-]*$")]
    public required string Group { get; init; }

    /// <summary>The rules, in catalogue order.</summary>
    public IReadOnlyList<RuleDefinition> Rules { get; init; } = [];
}

/// <summary>
/// A gap rule as data, compiled into one NRules rule: a pattern over one kind of fact (<c>fact</c>)
/// whose condition means "gap" (a System.Linq.Dynamic.Core expression), joined to <c>not</c> /
/// <c>exists</c> groups over other facts of the same strategy and to collected <c>members</c>, and
/// how to report it.
/// </summary>
public sealed record RuleDefinition : Node
{
    /// <summary>Stable id; part of the interface (waivers, baselines and SARIF refer to it).</summary>
    [Pattern("^[a-z][a-z0-9-]*$")]
    public required string Id { get; init; }

    /// <summary>Error, warning or info.</summary>
    public required Severity Severity { get; init; }

    /// <summary>The kind of fact the expression reads (<c>action</c>, <c>indicator</c> …).</summary>
    public required FactKind Fact { get; init; }

    /// <summary>A short human title (SARIF's rule name, report headings).</summary>
    public required string Title { get; init; }

    /// <summary>
    /// The condition that is true when the fact has the gap, e.g. <c>fact.ActionCount == 0</c>.
    /// Reads <c>fact</c>, <c>ctx</c> (the strategy's read-only indices) and the rule's parameters only.
    /// </summary>
    public required string Expression { get; init; }

    /// <summary>The finding's message: names the thing and says how to fix it. <c>{name}</c> is replaced by the fact's property of that name (<c>{target}</c>, <c>{title}</c> …).</summary>
    public required string Message { get; init; }

    /// <summary>Why the gap matters.</summary>
    public required string Rationale { get; init; }

    /// <summary>Which seed (file and section) shows the gap the rule exists for.</summary>
    public required string MotivatedBy { get; init; }

    /// <summary>The field of the target entity the finding points at (e.g. <c>rag</c>); the entity itself when absent.</summary>
    public string? At { get; init; }

    /// <summary>Numbers the expression reads by name (e.g. <c>years</c>).</summary>
    public RuleParameters? Parameters { get; init; }

    /// <summary>
    /// True for a rule about what the action plan delivers: it fires only when the strategy has a plan
    /// with actions (the one guard every such rule shares), so a strategy without a plan is told once.
    /// </summary>
    public bool NeedsPlan { get; init; }

    /// <summary>Gap only when no fact of the group matches (each entry is its own <c>not</c> group).</summary>
    public IReadOnlyList<JoinDefinition> Not { get; init; } = [];

    /// <summary>Gap only when some fact of the group matches (each entry is its own <c>exists</c> group).</summary>
    public IReadOnlyList<JoinDefinition> Exists { get; init; } = [];

    /// <summary>
    /// Facts collected into the finding as its members (one gap, one finding, with everything it leaves
    /// uncovered listed); each entry is a collect aggregate, and an empty one does not stop the rule.
    /// </summary>
    public IReadOnlyList<JoinDefinition> Members { get; init; } = [];

    /// <summary>
    /// The title, message and rationale in other languages (Welsh for a bilingual strategy's Welsh
    /// pages); the message takes the same placeholders as <see cref="Message"/>.
    /// </summary>
    public IReadOnlyList<RuleTranslation> Translations { get; init; } = [];
}

/// <summary>A rule's wording in one other language.</summary>
public sealed record RuleTranslation : Node
{
    /// <summary>The language (<c>cy</c>); not the rule's own language (English).</summary>
    [Pattern(LanguageCodes.Pattern)]
    public required string Language { get; init; }

    /// <summary>The short title.</summary>
    public required string Title { get; init; }

    /// <summary>The finding's message, with the English message's placeholders.</summary>
    public required string Message { get; init; }

    /// <summary>Why the gap matters; the English rationale is shown when absent.</summary>
    public string? Rationale { get; init; }
}

/// <summary>A pattern over another kind of fact of the same strategy, joined to the rule's <c>fact</c>.</summary>
public sealed record JoinDefinition : Node
{
    /// <summary>The kind of fact the group matches.</summary>
    public required FactKind Fact { get; init; }

    /// <summary>The name the condition calls the joined fact by (e.g. <c>a</c>); not <c>fact</c> or <c>ctx</c>.</summary>
    [Pattern("^[a-z][A-Za-z0-9]*$")]
    public required string As { get; init; }

    /// <summary>The join condition over <c>fact</c>, the joined fact (by its <c>as</c> name), <c>ctx</c> and parameters; every fact of the kind when absent.</summary>
    public string? Where { get; init; }
}

/// <summary>Named numbers a rule's expression can read; a new parameter is a new property here.</summary>
public sealed record RuleParameters : Node
{
    /// <summary>A number of years (indicator-stale: how old the latest measurement may be).</summary>
    public int? Years { get; init; }

    /// <summary>The parameters that are set, by expression name.</summary>
    public IEnumerable<(string Name, int Value)> Values()
    {
        if (Years is { } years)
        {
            yield return ("years", years);
        }
    }
}
