using System.Globalization;

namespace CohesionSite.Interchange.Sheets;

/// <summary>
/// Recognises a value a spreadsheet has reformatted on its own: the export wrote text
/// ("December 2008", "74%", "1.10") and Calc, Excel or Sheets read it as a date or number and
/// wrote it back in its own display form ("12/01/08", "74.00%", "1.1"). Such a change is never
/// what the editor meant, so the import reports it instead of writing it.
/// </summary>
public static class SpreadsheetForms
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // The text forms the content uses, and the forms spreadsheets display dates in (US and UK
    // orders both: a CSV carries no locale, and either may have been used).
    private static readonly string[] DateForms =
    [
        "yyyy-MM-dd", "yyyy-MM", "yyyy", "MMMM yyyy", "MMM yyyy", "MMMM, yyyy", "d MMMM yyyy", "d MMM yyyy", "dd MMMM yyyy",
        "MMMM d, yyyy", "MMM d, yyyy", "M/d/yy", "M/d/yyyy", "d/M/yy", "d/M/yyyy", "d.M.yy", "d.M.yyyy", "yyyy/M/d",
        "d-MMM-yy", "d-MMM-yyyy", "MMM-yy", "MMM-yyyy", "MMM yy", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss",
    ];

    /// <summary>
    /// True when <paramref name="now"/> differs from <paramref name="was"/> as text but names the
    /// same number (<c>74%</c> / <c>74.00%</c> / <c>0.74</c>, <c>1.10</c> / <c>1.1</c>) or the same
    /// date (<c>December 2008</c> / <c>12/01/08</c>, <c>2008-11</c> / <c>2008-11-01</c>).
    /// </summary>
    public static bool IsReformatted(string was, string now)
    {
        was = was.Trim();
        now = now.Trim();
        if (string.Equals(was, now, StringComparison.Ordinal) || was.Length == 0 || now.Length == 0)
        {
            return false;
        }

        return SameNumber(was, now) || SameDate(was, now);
    }

    private static bool SameNumber(string was, string now)
    {
        if (Number(was) is not { } a || Number(now) is not { } b)
        {
            return false;
        }

        // "74%" may come back as "74.00%" (the same digits) or as "0.74" (the cell's value).
        return Close(a.Digits, b.Digits) || Close(a.Value, b.Value);
    }

    private static (double Digits, double Value)? Number(string text)
    {
        var percent = text.EndsWith('%');
        var digits = (percent ? text[..^1] : text).Replace(",", string.Empty, StringComparison.Ordinal).Trim();
        if (digits.Length == 0 || !double.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, Invariant, out var d))
        {
            return null;
        }

        return (d, percent ? d / 100 : d);
    }

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));

    private static bool SameDate(string was, string now)
    {
        var before = Dates(was).ToArray();
        return before.Length > 0 && Dates(now).Any(b => before.Any(a => Covers(a, b) || Covers(b, a)));
    }

    /// <summary>True when the less precise date <paramref name="a"/> reads as <paramref name="b"/> once a spreadsheet filled in day 1 (and month 1).</summary>
    private static bool Covers((int Y, int? M, int? D) a, (int Y, int? M, int? D) b) =>
        a.Y == b.Y && (a.M ?? 1) == (b.M ?? 1) && (a.D ?? 1) == (b.D ?? 1);

    private static IEnumerable<(int Y, int? M, int? D)> Dates(string text)
    {
        foreach (var form in DateForms)
        {
            if (DateTime.TryParseExact(text, form, Invariant, DateTimeStyles.AllowWhiteSpaces, out var t))
            {
                yield return (t.Year, form.Contains('M') ? t.Month : null, form.Contains('d') ? t.Day : null);
            }
        }
    }
}
