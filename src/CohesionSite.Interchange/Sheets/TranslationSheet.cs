using System.Runtime.CompilerServices;
using CohesionSite.Analysis;
using CohesionSite.Core.Model;

namespace CohesionSite.Interchange.Sheets;

/// <summary>
/// The Translations sheet, for a strategy that declares more than one language: one row per
/// translatable field and further language, in <see cref="TranslatableFields"/> order, with the
/// field's text in the strategy's own language and its status beside it for the translator.
/// </summary>
public static class TranslationSheet
{
    // The layout asks several times per export and import (headers, languages, rows); the model is
    // immutable, so one analysis per strategy serves them all instead of a walk of every field each.
    private static readonly ConditionalWeakTable<StrategyContent, StrategyTranslations> Analyses = new();

    /// <summary>The sheet name.</summary>
    public const string Name = "Translations";

    /// <summary>The field's key (<c>priority/1.1/title</c>), as <see cref="TranslatableFields"/> gives it.</summary>
    public const string Field = "Field";

    /// <summary>The language the row translates into (<c>cy</c>).</summary>
    public const string Language = "Language";

    /// <summary>The translated text; an empty cell means no translation yet.</summary>
    public const string Translation = "Translation";

    /// <summary>The original text as it read when translated (the file's <c>from</c>).</summary>
    public const string From = "Translated from";

    /// <summary>The read-only status column.</summary>
    public const string Status = "Status (not imported)";

    /// <summary>Status label: the field has no text in the language.</summary>
    public const string Missing = "missing";

    /// <summary>Status label: the translation was made from text that has changed since.</summary>
    public const string OutOfDate = "out of date";

    /// <summary>Status label: translated from the text as it reads now (or not tracked).</summary>
    public const string Current = "current";

    /// <summary>True when <paramref name="strategy"/> declares a further language, so the workbook has the sheet.</summary>
    public static bool AppliesTo(StrategyContent strategy) => FurtherLanguages(strategy).Count > 0;

    /// <summary>The languages a row may name: those the strategy declares after its own.</summary>
    public static IReadOnlyList<string> FurtherLanguages(StrategyContent strategy) =>
        Analysis(strategy).Languages.Where(l => l.Declared).Select(l => l.Language).ToArray();

    /// <summary>The strategy's own language (the first it declares).</summary>
    public static string Primary(StrategyContent strategy) => Analysis(strategy).Primary;

    /// <summary>The read-only column showing the original (<c>English (not imported)</c>).</summary>
    public static string Original(StrategyContent strategy) => $"{LanguageCodes.NameOf(Primary(strategy))} (not imported)";

    /// <summary>The header row, in column order.</summary>
    public static IReadOnlyList<string> Headers(StrategyContent strategy) => [Field, Language, Original(strategy), Translation, From, Status];

    /// <summary>The columns shown for context only: the import ignores what they hold.</summary>
    public static IReadOnlyList<string> Informational(StrategyContent strategy) => [Original(strategy), Status];

    /// <summary>The translation analysis the sheet shows, the gap report's own.</summary>
    public static StrategyTranslations Analysis(StrategyContent strategy) => Analyses.GetValue(strategy, StrategyTranslations.Of);

    /// <summary>The sheet's rows, or null when the strategy has only its own language.</summary>
    public static SheetTable? Table(StrategyContent strategy, string fileName)
    {
        var translations = Analysis(strategy);
        var languages = translations.Languages.Where(l => l.Declared).ToArray();
        if (languages.Length == 0)
        {
            return null;
        }

        var rows = new List<SheetRow>();
        foreach (var language in languages)
        {
            // The analysis already says which fields are missing or stale; the sheet only shows it.
            var missing = language.Missing.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
            var stale = language.Stale.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var field in language.Fields)
            {
                var text = language.TextOf(field.Key);
                var status = missing.Contains(field.Key) ? Missing : stale.Contains(field.Key) ? OutOfDate : Current;
                rows.Add(new SheetRow(rows.Count + 2, [field.Key, language.Language, field.Text, text?.Text, text?.From, status]));
            }
        }

        return new SheetTable(fileName, Name, Headers(strategy).ToArray(), rows);
    }
}
