namespace CohesionSite.Core.Model;

/// <summary>Marks a property that is filled by the loader, never read from YAML (and not in the schema).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotContentAttribute : Attribute;

/// <summary>Marks a string (or list of strings) whose value refers to another entity by id.</summary>
/// <param name="target">What kind of entity the value must name.</param>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RefAttribute(RefTarget target) : Attribute
{
    /// <summary>What kind of entity the value must name.</summary>
    public RefTarget Target { get; } = target;
}

/// <summary>Declares which id scope an identified type lives in (what a <see cref="RefAttribute"/> can name).</summary>
/// <param name="kind">The scope.</param>
[AttributeUsage(AttributeTargets.Class)]
public sealed class EntityKindAttribute(RefTarget kind) : Attribute
{
    /// <summary>The scope.</summary>
    public RefTarget Kind { get; } = kind;
}

/// <summary>A regular expression a string value must match (checked by the loader, published in the schema).</summary>
/// <param name="pattern">The .NET/ECMAScript-compatible pattern.</param>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PatternAttribute(string pattern) : Attribute
{
    /// <summary>The pattern.</summary>
    public string Pattern { get; } = pattern;
}

/// <summary>
/// A field people read on the public site (a title, a passage, a note): a bilingual strategy owes
/// it in each of its languages, so <see cref="TranslatableFields"/> lists it and a translation file
/// can carry it. Names, ids, codes and references are not translatable.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class TranslatableAttribute : Attribute;

/// <summary>A field holding Markdown (rendered without raw HTML).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MarkdownAttribute : Attribute;

/// <summary>A one-line description used in the JSON Schema (autocomplete help in editors).</summary>
/// <param name="text">The description.</param>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class | AttributeTargets.Field)]
public sealed class DocAttribute(string text) : Attribute
{
    /// <summary>The description.</summary>
    public string Text { get; } = text;
}

/// <summary>The kinds of entity a reference can point at; each is its own id scope.</summary>
public enum RefTarget
{
    /// <summary>A node of the themes/priorities tree.</summary>
    Priority,
    /// <summary>An outcome (or RBA result).</summary>
    Outcome,
    /// <summary>A principle of the strategy.</summary>
    Principle,
    /// <summary>A shared value.</summary>
    Value,
    /// <summary>An indicator.</summary>
    Indicator,
    /// <summary>A partner organisation.</summary>
    Partner,
    /// <summary>An action of the action plan, by ref.</summary>
    Action,
    /// <summary>A declared group (protected characteristic or community).</summary>
    Group,
    /// <summary>A statement (aim, ambition, responsibility, recognition).</summary>
    Statement,
    /// <summary>A commitment inside the priorities tree.</summary>
    Commitment,
    /// <summary>A national framework (by id).</summary>
    Framework,
    /// <summary>An item of a national framework, written <c>framework-id/item-id</c>.</summary>
    FrameworkItem,
    /// <summary>A national definition of community cohesion.</summary>
    Definition,
    /// <summary>A national indicator (NI 1 …).</summary>
    NationalIndicator,
    /// <summary>A toolkit principle.</summary>
    ToolkitPrinciple,
    /// <summary>A good-practice case study.</summary>
    CaseStudy,
    /// <summary>An evidence table or figure.</summary>
    Evidence,
    /// <summary>A narrative section.</summary>
    Section,
}

/// <summary>The id grammar shared by every scope.</summary>
public static class Ids
{
    /// <summary>
    /// Lower-case slug or dotted ref: starts with a letter or digit, then letters, digits, '-' or '.',
    /// never "..": an id can become a file name without escaping the output folder.
    /// </summary>
    public const string Pattern = "^(?!.*\\.\\.)[a-z0-9][a-z0-9.-]{0,79}$";
}
