using CohesionSite.Analysis;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Facts;

/// <summary>
/// A strategy's translation into one further language (see <see cref="LanguageTranslation"/>):
/// whether the strategy declares it, and how many of its fields it covers. Target: the language code.
/// </summary>
public sealed class TranslationFact : Fact
{
    internal TranslationFact(RuleContext context, StrategyContent s, string primary, LanguageTranslation t)
        : base(context, (Node?)t.File ?? s.Strategy, t.Language, $"{LanguageCodes.NameOf(t.Language)} translation", t.File?.Mark ?? s.Strategy.MarkOf("languages"))
    {
        Language = t.Language;
        LanguageName = LanguageCodes.NameOf(t.Language);
        PrimaryName = LanguageCodes.NameOf(primary);
        StrategyTitle = s.Strategy.Title;
        Declared = t.Declared;
        HasFile = t.File is not null;
        File = t.File?.Mark.File ?? $"content/{s.Id}/translations/{t.Language}.yaml";
        FieldCount = t.Fields.Count;
        MissingCount = t.Missing.Count;
        StaleCount = t.Stale.Count;
    }

    /// <inheritdoc/>
    public override TargetKind TargetKind => TargetKind.Translation;

    /// <summary>The language code (<c>cy</c>).</summary>
    public string Language { get; }

    /// <summary>The language's name (<c>Welsh</c>).</summary>
    public string LanguageName { get; }

    /// <summary>The name of the language the strategy is written in.</summary>
    public string PrimaryName { get; }

    /// <summary>The strategy's title.</summary>
    public string StrategyTitle { get; }

    /// <summary>True when strategy.yaml lists the language under <c>languages</c>.</summary>
    public bool Declared { get; }

    /// <summary>True when the translation file exists.</summary>
    public bool HasFile { get; }

    /// <summary>The translation file's path (where it is to be written, when it does not exist yet).</summary>
    public string File { get; }

    /// <summary>Fields a translation owes.</summary>
    public int FieldCount { get; }

    /// <summary>Fields without text in the language.</summary>
    public int MissingCount { get; }

    /// <summary>Fields translated from English that has changed since.</summary>
    public int StaleCount { get; }
}

/// <summary>
/// One field of a translation that needs attention: missing, out of date, addressing no field, or
/// translated twice. Target: <c>LANG/KEY</c> (<c>cy/priority/1.1/title</c>).
/// </summary>
public sealed class TranslationFieldFact : Fact
{
    internal TranslationFieldFact(RuleContext context, Node node, SourceMark mark, string language, string key, string state, string text)
        : base(context, node, $"{language}/{key}", $"\u201c{Excerpt.Clip(text)}\u201d", mark)
    {
        Language = language;
        Key = key;
        State = state;
        File = mark.File;
        Line = mark.Line;
    }

    /// <inheritdoc/>
    public override TargetKind TargetKind => TargetKind.Field;

    /// <summary>The language code.</summary>
    public string Language { get; }

    /// <summary>The field's key (<c>priority/1.1/title</c>).</summary>
    public string Key { get; }

    /// <summary><c>missing</c>, <c>stale</c>, <c>unknown</c> or <c>repeated</c>.</summary>
    public string State { get; }

    /// <summary>True when the field has no text in the language.</summary>
    public bool IsMissing => State == "missing";

    /// <summary>True when the translation was made from English that has changed since.</summary>
    public bool IsStale => State == "stale";

    /// <summary>True when the entry's key names no field of the strategy.</summary>
    public bool IsUnknown => State == "unknown";

    /// <summary>True when an earlier entry already translates the field.</summary>
    public bool IsRepeated => State == "repeated";

    /// <summary>The file the field or entry is in.</summary>
    public string File { get; }

    /// <summary>Its line.</summary>
    public int Line { get; }
}
