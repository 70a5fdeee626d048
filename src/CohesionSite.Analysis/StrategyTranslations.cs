using System.Collections.Frozen;
using CohesionSite.Core.Model;

namespace CohesionSite.Analysis;

/// <summary>
/// How far a strategy is translated into each of its further languages: per language, the fields
/// still in the strategy's own language only, the translations made from English that has changed
/// since, and the entries that address no field. Read by the gap rules and by the pages that show
/// a field in another language.
/// </summary>
public sealed class StrategyTranslations
{
    private StrategyTranslations(StrategyContent content)
    {
        var declared = content.Strategy.Languages;
        Primary = declared.Count > 0 ? declared[0] : LanguageCodes.English;
        var further = declared.Skip(1).Distinct(StringComparer.Ordinal).ToList();
        // A file for a language the strategy does not declare is still analysed, so the report can
        // say it is there and unused.
        further.AddRange(content.Translations.Select(t => t.Language).Where(l => !further.Contains(l) && l != Primary).Distinct(StringComparer.Ordinal));
        if (further.Count == 0 && content.Translations.Count == 0)
        {
            Languages = [];
            return;
        }

        var fields = TranslatableFields.Of(content);
        Languages = further
            .Select(lang => new LanguageTranslation(lang, declared.Skip(1).Contains(lang), content.Translations.FirstOrDefault(t => t.Language == lang), fields))
            .ToArray();
    }

    /// <summary>The language the strategy is written in: the first it declares, English when it declares none.</summary>
    public string Primary { get; }

    /// <summary>The further languages, declared ones first in their order, then any with only a file.</summary>
    public IReadOnlyList<LanguageTranslation> Languages { get; }

    /// <summary>The translation into <paramref name="language"/>, or null when the strategy has none.</summary>
    public LanguageTranslation? For(string language) => Languages.FirstOrDefault(l => l.Language == language);

    /// <summary>
    /// The translation analysis of <paramref name="content"/> alone: it needs no national layer, so
    /// hosts without one (the spreadsheet export) read the same fact the gap report does.
    /// </summary>
    public static StrategyTranslations Of(StrategyContent content) => new(content);
}

/// <summary>A strategy's translation into one language, field by field.</summary>
public sealed class LanguageTranslation
{
    private readonly FrozenDictionary<string, TranslatedText> _byKey;

    internal LanguageTranslation(string language, bool declared, TranslationFile? file, IReadOnlyList<TranslatableField> fields)
    {
        Language = language;
        Declared = declared;
        File = file;
        Fields = fields;
        var entries = file?.Texts ?? [];
        var known = fields.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        // The first entry for a key counts; a later one repeats it.
        var byKey = new Dictionary<string, TranslatedText>(StringComparer.Ordinal);
        var unknown = new List<TranslatedText>();
        var repeated = new List<TranslatedText>();
        foreach (var entry in entries)
        {
            if (!known.Contains(entry.Field))
            {
                unknown.Add(entry);
            }
            else if (!byKey.TryAdd(entry.Field, entry))
            {
                repeated.Add(entry);
            }
        }

        _byKey = byKey.ToFrozenDictionary(StringComparer.Ordinal);
        Unknown = unknown;
        Repeated = repeated;
        Missing = fields.Where(f => !byKey.TryGetValue(f.Key, out var t) || string.IsNullOrWhiteSpace(t.Text)).ToArray();
        Stale = fields.Where(f => byKey.TryGetValue(f.Key, out var t) && t.From is { } from && !SameText(from, f.Text)).ToArray();
    }

    /// <summary>The language code (<c>cy</c>).</summary>
    public string Language { get; }

    /// <summary>True when the strategy lists the language under <c>languages</c>.</summary>
    public bool Declared { get; }

    /// <summary>The translation file, or null when there is none yet.</summary>
    public TranslationFile? File { get; }

    /// <summary>Every field a translation owes.</summary>
    public IReadOnlyList<TranslatableField> Fields { get; }

    /// <summary>The fields with no text in this language, in file and document order.</summary>
    public IReadOnlyList<TranslatableField> Missing { get; }

    /// <summary>The fields whose translation was made from English that has changed since.</summary>
    public IReadOnlyList<TranslatableField> Stale { get; }

    /// <summary>Entries whose key names no field of the strategy (a typo, or a field since removed).</summary>
    public IReadOnlyList<TranslatedText> Unknown { get; }

    /// <summary>Entries for a field an earlier entry already translates.</summary>
    public IReadOnlyList<TranslatedText> Repeated { get; }

    /// <summary>The field's text in this language, or null when it has none.</summary>
    public TranslatedText? TextOf(string key) =>
        _byKey.TryGetValue(key, out var t) && !string.IsNullOrWhiteSpace(t.Text) ? t : null;

    // Line breaks and runs of spaces are how the YAML was wrapped, not what the text says.
    private static bool SameText(string a, string b) =>
        string.Join(' ', a.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) == string.Join(' ', b.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
