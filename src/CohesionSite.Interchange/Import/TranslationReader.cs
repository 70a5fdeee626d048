using CohesionSite.Content.Binding;
using CohesionSite.Core.Model;
using CohesionSite.Interchange.Sheets;

namespace CohesionSite.Interchange.Import;

/// <summary>What the Translations sheet holds once every cell has been checked.</summary>
/// <param name="Files">One file per declared further language, or null when the workbook has no Translations sheet (translations are then left alone).</param>
/// <param name="Notes">Entries of the existing files that the sheet could not show, and what became of them.</param>
/// <param name="Errors">Every bad cell; when there is any, nothing may be written.</param>
public sealed record ImportedTranslations(IReadOnlyList<TranslationFile>? Files, IReadOnlyList<string> Notes, IReadOnlyList<CellDiagnostic> Errors);

/// <summary>
/// Reads the Translations sheet back into translation files: field keys checked against
/// <see cref="TranslatableFields"/>, languages against the strategy's declared ones, one row per
/// field and language. Only the Field, Language, Translation and Translated from cells count.
/// </summary>
public sealed class TranslationReader
{
    private readonly StrategyContent _strategy;
    private readonly List<CellDiagnostic> _errors = [];

    /// <summary>Creates a reader for <paramref name="strategy"/>'s translations.</summary>
    public TranslationReader(StrategyContent strategy) => _strategy = strategy;

    /// <summary>Reads the Translations sheet of <paramref name="sheets"/>, if there is one.</summary>
    public ImportedTranslations Read(IReadOnlyList<SheetTable> sheets)
    {
        var table = sheets.FirstOrDefault(s => s.Name == TranslationSheet.Name);
        if (table is null)
        {
            return new ImportedTranslations(null, [], []);
        }

        var columns = Columns(table);
        if (columns is null)
        {
            return new ImportedTranslations(null, [], _errors);
        }

        var analysis = TranslationSheet.Analysis(_strategy);
        var further = TranslationSheet.FurtherLanguages(_strategy);
        var fields = TranslatableFields.Of(_strategy).ToDictionary(f => f.Key, StringComparer.Ordinal);
        var rows = new Dictionary<(string Field, string Language), int>();
        var texts = further.ToDictionary(l => l, _ => new List<TranslatedText>(), StringComparer.Ordinal);
        foreach (var row in table.Rows.Where(r => !r.IsBlank))
        {
            string Ref(string header) => CellRef.Of(row.Number, columns[header] + 1);
            string? Cell(string header) => CellValues.Text(row[columns[header]]) is { } t ? Lines(t) : null;

            var key = Cell(TranslationSheet.Field)?.Trim();
            var language = Cell(TranslationSheet.Language)?.Trim();
            var ok = true;
            if (string.IsNullOrEmpty(key))
            {
                ok = Error(table, Ref(TranslationSheet.Field), "missing field key; every row names the field it translates, as exported (e.g. 'strategy/title')");
            }
            else if (!fields.ContainsKey(key))
            {
                ok = Error(table, Ref(TranslationSheet.Field),
                    $"unknown field '{key}'{Suggest.Hint(key, fields.Keys)}; expected the key of a field of {_strategy.Id} as exported (e.g. 'strategy/title')");
            }

            if (string.IsNullOrEmpty(language))
            {
                ok = Error(table, Ref(TranslationSheet.Language), $"missing language; expected one of: {string.Join(", ", further)}");
            }
            else if (!further.Contains(language, StringComparer.Ordinal))
            {
                var declared = string.Join(", ", _strategy.Strategy.Languages.DefaultIfEmpty(analysis.Primary));
                var why = language == analysis.Primary
                    ? $"'{language}' is the strategy's own language (the text itself, not a translation)"
                    : $"language '{language}' is not declared by the strategy (strategy.yaml languages: {declared})";
                ok = Error(table, Ref(TranslationSheet.Language), $"{why}; expected one of: {string.Join(", ", further)}");
            }

            if (!ok)
            {
                continue;
            }

            if (!rows.TryAdd((key!, language!), row.Number))
            {
                Error(table, Ref(TranslationSheet.Field),
                    $"second row for '{key}' in {language} (the first is on row {rows[(key!, language!)]}); expected one row per field and language");
                continue;
            }

            var text = Cell(TranslationSheet.Translation);
            if (CellValues.IsEmpty(text))
            {
                // No translation yet: the field is simply left out of the file.
                continue;
            }

            var was = analysis.For(language!)?.TextOf(key!);
            var from = Cell(TranslationSheet.From);
            from = CellValues.IsEmpty(from) ? null : from;
            // A new or changed translation was made from the text shown beside it; an untouched
            // "Translated from" (empty, or still the old one) would otherwise hide that.
            if (was?.Text != text && (from is null || from == was?.From))
            {
                from = fields[key!].Text;
            }

            texts[language!].Add(new TranslatedText { Field = key!, Text = text!, From = from });
        }

        var notes = new List<string>();
        var files = new List<TranslationFile>();
        foreach (var language in further)
        {
            var list = texts[language];
            // Entries for no current field are not on the sheet; they stay, and the gap report keeps naming them.
            if (analysis.For(language) is { } existing)
            {
                list.AddRange(existing.Unknown);
                if (existing.Repeated.Count > 0)
                {
                    notes.Add($"translations/{language}.yaml: {existing.Repeated.Count} repeated entr{(existing.Repeated.Count == 1 ? "y" : "ies")} dropped (the sheet shows the first of each field)");
                }
            }

            files.Add(new TranslationFile { Language = language, Texts = list.ToArray() });
        }

        return new ImportedTranslations(_errors.Count > 0 ? null : files, notes, _errors);
    }

    /// <summary>Maps each header to its column; the read-only columns may be missing, the others may not.</summary>
    private Dictionary<string, int>? Columns(SheetTable table)
    {
        var expected = TranslationSheet.Headers(_strategy);
        var needed = expected.Except(TranslationSheet.Informational(_strategy)).ToArray();
        return HeaderRow.Map(table, expected, needed,
            missing => $"missing column '{missing}'; the {TranslationSheet.Name} sheet needs the columns {string.Join(", ", needed)}",
            (cell, message) => Error(table, cell, message));
    }

    // Spreadsheets may hand back Windows line breaks; the content's text uses \n.
    private static string Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private bool Error(SheetTable table, string cell, string message)
    {
        _errors.Add(new CellDiagnostic(table.File, table.Name, cell, message));
        return false;
    }
}
