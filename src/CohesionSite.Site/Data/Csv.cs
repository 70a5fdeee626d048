using System.Text;
using CohesionSite.Content.Export;

namespace CohesionSite.Site.Data;

/// <summary>RFC 4180 CSV, with cells that a spreadsheet would run as a formula made inert.</summary>
internal sealed class Csv
{
    private readonly StringBuilder _sb = new();

    public Csv(params string[] header) => Row(header);

    public Csv Row(params object?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                _sb.Append(',');
            }

            _sb.Append(Cell(cells[i]));
        }

        _sb.Append("\r\n");
        return this;
    }

    public override string ToString() => _sb.ToString();

    private static string Cell(object? value)
    {
        var text = value switch
        {
            null => string.Empty,
            double d => Pages.Labels.Number(d),
            _ => value.ToString() ?? string.Empty,
        };
        // Content is untrusted: "=HYPERLINK(...)" must stay text when the file is opened in a
        // spreadsheet. The guard is the one the CSV export uses, so both behave the same.
        if (value is string)
        {
            text = CsvGuard.Guard(text);
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
