namespace CohesionSite.Rules.Definitions;

/// <summary>The kinds of fact a rule can apply to; each has its own fact type in <c>CohesionSite.Rules.Facts</c>.</summary>
public enum FactKind
{
    /// <summary>An integrity problem the loader found (unknown reference, duplicate id, invalid date, period order).</summary>
    Diagnostic,
    /// <summary>A strategy as a whole.</summary>
    Strategy,
    /// <summary>A node of the themes/priorities tree.</summary>
    Priority,
    /// <summary>An outcome.</summary>
    Outcome,
    /// <summary>A principle.</summary>
    Principle,
    /// <summary>A shared value.</summary>
    Value,
    /// <summary>A cell of the framework matrix.</summary>
    MatrixCell,
    /// <summary>A commitment of the strategy text.</summary>
    Commitment,
    /// <summary>A declared group (protected characteristic or community).</summary>
    Group,
    /// <summary>An action of the action plan.</summary>
    Action,
    /// <summary>A milestone of an action.</summary>
    Milestone,
    /// <summary>An indicator.</summary>
    Indicator,
    /// <summary>A toolkit principle.</summary>
    ToolkitPrinciple,
    /// <summary>A count the text states for one of its lists.</summary>
    CountClaim,
    /// <summary>A passage of the strategy's own prose (placeholders, things "to be agreed").</summary>
    Text,
    /// <summary>A part the document announces but does not contain (an appendix, a diagram).</summary>
    MissingPart,
    /// <summary>A partner: a body the strategy names.</summary>
    Partner,
    /// <summary>One other way the strategy writes a partner's name (an alias, or a spelling in its prose).</summary>
    BodyName,
    /// <summary>A strategy's translation into one further language.</summary>
    Translation,
    /// <summary>A field of a translation that needs attention (missing, out of date, unknown, repeated).</summary>
    TranslationField,
    /// <summary>A waiver (evaluated after every other rule, so it knows what it matched).</summary>
    Waiver,
}
