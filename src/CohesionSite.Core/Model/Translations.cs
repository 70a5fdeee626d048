namespace CohesionSite.Core.Model;

/// <summary>The languages a strategy can publish in: the ones the site has interface text for.</summary>
public static class LanguageCodes
{
    /// <summary>English: the language every shipped seed is written in, and the default.</summary>
    public const string English = "en";

    /// <summary>Welsh (Cymraeg), owed by Welsh public bodies under the Welsh Language Standards.</summary>
    public const string Welsh = "cy";

    /// <summary>What a language code must be: one the site has interface text for.</summary>
    public const string Pattern = "^(en|cy)$";

    /// <summary>The codes, English first.</summary>
    public static IReadOnlyList<string> All { get; } = [English, Welsh];

    /// <summary>The language's name in English, for messages (<c>cy</c> → Welsh).</summary>
    public static string NameOf(string code) => code switch
    {
        English => "English",
        Welsh => "Welsh",
        _ => code,
    };
}

/// <summary>
/// <c>translations/LANG.yaml</c>: a strategy's text in one further language, one entry per field,
/// each addressed by its key in <see cref="TranslatableFields"/> (<c>priority/1.1/title</c>).
/// </summary>
public sealed record TranslationFile : Node
{
    /// <summary>The language of every text in the file; the file is named after it.</summary>
    [Pattern(LanguageCodes.Pattern)]
    public required string Language { get; init; }

    /// <summary>The translated fields, in any order.</summary>
    public IReadOnlyList<TranslatedText> Texts { get; init; } = [];
}

/// <summary>One field of a strategy in another language.</summary>
public sealed record TranslatedText : Node
{
    /// <summary>
    /// Which field: its key as the gap report lists it (<c>strategy/title</c>,
    /// <c>priority/1.1/title</c>, <c>action/2.3/milestones/1/text</c>).
    /// </summary>
    public required string Field { get; init; }

    /// <summary>The field in the file's language (Markdown where the original is Markdown).</summary>
    public required string Text { get; init; }

    /// <summary>
    /// The English this translates, as it read when translated. When the English has changed since,
    /// the gap report says the translation is out of date; when omitted, it is not checked.
    /// </summary>
    public string? From { get; init; }
}
