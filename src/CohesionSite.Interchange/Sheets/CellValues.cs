using System.Globalization;
using System.Text.RegularExpressions;
using CohesionSite.Content.Binding;
using CohesionSite.Content.Shapes;
using CohesionSite.Core.Model;

namespace CohesionSite.Interchange.Sheets;

/// <summary>
/// Model values ↔ cell values. Lists of ids share one cell, comma-separated (ids never contain
/// commas). Dates stay text (<c>2008-11</c>): a spreadsheet date would invent a day the source
/// does not give. Parsing says exactly what was wrong, for the cell-addressed error.
/// </summary>
public static class CellValues
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The cell value of a model value: null, string, double or bool.</summary>
    public static object? ToCell(object? value, ValueShape shape) => value switch
    {
        null => null,
        string s => s,
        PartialDate d => d.ToString(),
        bool b => b,
        int i => (double)i,
        double d => d,
        Enum e => Naming.Kebab(e.ToString()),
        IEnumerable<string> list => list.Any() ? string.Join(", ", list) : null,
        _ => throw new NotSupportedException($"no cell form for {shape.Clr.Name}"),
    };

    /// <summary>The text of a cell as a user sees it (numbers in invariant form).</summary>
    public static string? Text(object? cell) => cell switch
    {
        null => null,
        string s => s,
        double d => d.ToString("R", Invariant),
        bool b => b ? "true" : "false",
        DateTime t => t.ToString(t.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", Invariant),
        _ => cell.ToString(),
    };

    /// <summary>True when the cell holds nothing (or only spaces).</summary>
    public static bool IsEmpty(object? cell) => cell is null || (cell is string s && string.IsNullOrWhiteSpace(s));

    /// <summary>Parses a non-empty cell into the column's model value, or returns an error message.</summary>
    public static (object? Value, string? Error) Parse(object cell, ColumnSpec column)
    {
        var shape = column.Shape;
        var text = Text(cell)!;
        switch (shape.Kind)
        {
            case ValueKind.String:
                if (column.Property.Pattern is { } pattern && !Regex.IsMatch(text.Trim(), pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
                {
                    return (null, $"'{Clip(text)}' is not a valid id; expected lower-case letters, digits, '-' and '.' (e.g. 'walsall-council' or '1.1.1')");
                }

                return (column.Property.Pattern is null ? text : text.Trim(), null);
            case ValueKind.Integer:
                return cell is double whole && whole == Math.Floor(whole) && Math.Abs(whole) < int.MaxValue
                    ? ((int)whole, null)
                    : int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, Invariant, out var i) ? (i, null) : (null, $"'{Clip(text)}' is not a whole number");
            case ValueKind.Number:
                return cell is double d ? (d, null)
                    : double.TryParse(text.Trim(), NumberStyles.Float, Invariant, out var n) && double.IsFinite(n) ? (n, null)
                    : (null, $"'{Clip(text)}' is not a number; expected a number without units or % (e.g. 74)");
            case ValueKind.Boolean:
                // Spreadsheets disagree on booleans: Excel writes TRUE/FALSE, LibreOffice a
                // number 1/0 (with a TRUE()/FALSE() formula), CSV exports any of those as text.
                return cell is bool b ? (b, null)
                    : text.Trim().ToLowerInvariant() switch
                    {
                        "true" or "1" => (true, null),
                        "false" or "0" => (false, null),
                        _ => (null, $"'{Clip(text)}' is not true or false"),
                    };
            case ValueKind.Enum:
                var names = shape.EnumNames;
                var wanted = text.Trim();
                var index = names.ToList().FindIndex(nm => string.Equals(nm, wanted, StringComparison.OrdinalIgnoreCase));
                return index >= 0
                    ? (Enum.GetValues(shape.Clr).GetValue(index), null)
                    : (null, $"'{Clip(text)}' is not a {column.Header} value{Suggest.Hint(wanted, names)}; expected one of: {string.Join(", ", names)}");
            case ValueKind.Date:
                return ParseDate(cell, text);
            case ValueKind.List:
                var items = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                return items.Length == 0 ? (null, null) : (items, null);
            default:
                return (null, $"column '{column.Header}' cannot be read from a cell");
        }
    }

    private static (object? Value, string? Error) ParseDate(object cell, string text)
    {
        if (cell is DateTime t)
        {
            // A user typed a date and the spreadsheet made it one: it is a day-precise date.
            return (new PartialDate(t.Year, t.Month, t.Day, DatePrecision.Day), null);
        }

        if (cell is double d && d == Math.Floor(d) && PartialDate.TryParse(d.ToString("R", Invariant), out var year))
        {
            return (year, null);
        }

        // A spreadsheet's date serial (days since 1899-12-30) in a cell not formatted as a date:
        // no year of a strategy is above 9999, so a larger number is a date someone typed.
        if (cell is double serial && serial > 9999 && serial < 2958466)
        {
            var day = DateTime.FromOADate(serial);
            return (new PartialDate(day.Year, day.Month, day.Day, DatePrecision.Day), null);
        }

        return PartialDate.TryParse(text, out var date)
            ? (date, null)
            : (null, $"'{Clip(text)}' is not a date; expected yyyy, yyyy-MM or yyyy-MM-dd (e.g. 2008-11)");
    }

    private static string Clip(string text) => Excerpt.Clip(text);
}
