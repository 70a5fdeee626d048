using System.Text;
using CohesionSite.Content.Export;
using CohesionSite.Interchange.Sheets;

namespace CohesionSite.Interchange.Csv;

/// <summary>
/// RFC 4180 CSV: one file per sheet, UTF-8 with a byte-order mark (so Excel reads accents
/// right), CRLF line ends, fields quoted when they hold a comma, quote, line break or edge space,
/// text that a spreadsheet would run as a formula guarded (<see cref="CsvGuard"/>), and the guard undone on reading.
/// </summary>
public static class CsvFormat
{
    private static readonly UTF8Encoding Utf8Bom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>The CSV text of <paramref name="table"/>.</summary>
    public static string Write(SheetTable table)
    {
        var sb = new StringBuilder();
        Line(sb, table.Header.Select(h => h ?? string.Empty));
        foreach (var row in table.Rows)
        {
            // Text cells are guarded against formula injection; numbers and booleans cannot carry one.
            Line(sb, row.Cells.Select(c => c is string s ? CsvGuard.Guard(s) : CellValues.Text(c) ?? string.Empty));
        }

        return sb.ToString();
    }

    /// <summary>Writes <paramref name="table"/> to <paramref name="path"/> with a byte-order mark.</summary>
    public static void WriteFile(SheetTable table, string path) => File.WriteAllText(path, Write(table), Utf8Bom);

    /// <summary>Reads a CSV file as a sheet named <paramref name="sheet"/>; an unterminated quote is an error at its cell.</summary>
    public static (SheetTable? Table, CellDiagnostic? Error) Read(string path, string sheet)
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        return Parse(text, Path.GetFileName(path), sheet);
    }

    /// <summary>Parses CSV text.</summary>
    public static (SheetTable? Table, CellDiagnostic? Error) Parse(string text, string file, string sheet)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var fieldStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }

                if (c == '"')
                {
                    quoted = false;
                    i++;
                    continue;
                }

                field.Append(c);
                i++;
                continue;
            }

            switch (c)
            {
                case '"' when fieldStart:
                    quoted = true;
                    fieldStart = false;
                    i++;
                    continue;
                case ',':
                    record.Add(field.ToString());
                    field.Clear();
                    fieldStart = true;
                    i++;
                    continue;
                case '\r' or '\n':
                    record.Add(field.ToString());
                    field.Clear();
                    records.Add(record);
                    record = [];
                    fieldStart = true;
                    i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                    continue;
                default:
                    field.Append(c);
                    fieldStart = false;
                    i++;
                    continue;
            }
        }

        if (quoted)
        {
            return (null, new CellDiagnostic(file, sheet, CellRef.Of(records.Count + 1, record.Count + 1), "a quoted field is never closed; expected a closing \""));
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        var header = records.Count > 0 ? records[0].Select(h => (string?)h).ToArray() : [];
        var rows = records.Skip(1)
            .Select((r, n) => new SheetRow(n + 2, r.Select(v => v.Length == 0 ? null : (object?)CsvGuard.Unguard(v)).ToArray()))
            .ToArray();
        return (new SheetTable(file, sheet, header, rows), null);
    }

    private static void Line(StringBuilder sb, IEnumerable<string> fields)
    {
        sb.Append(string.Join(",", fields.Select(Quote)));
        sb.Append("\r\n");
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) >= 0 || (field.Length > 0 && (char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1])))
            ? "\"" + field.Replace("\"", "\"\"") + "\""
            : field;
}
