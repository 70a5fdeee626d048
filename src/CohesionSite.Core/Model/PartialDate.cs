using System.Globalization;

namespace CohesionSite.Core.Model;

/// <summary>How much of a date the source gives.</summary>
public enum DatePrecision
{
    /// <summary>A year (<c>2009</c>).</summary>
    Year,
    /// <summary>A month (<c>2008-11</c>): most action-plan milestones are dated like this.</summary>
    Month,
    /// <summary>A day (<c>2008-10-22</c>).</summary>
    Day,
}

/// <summary>
/// A date as precise as the source: <c>2008</c>, <c>2008-11</c> or <c>2008-11-15</c>.
/// "Due November 2008" means due by the end of November, so comparisons use <see cref="End"/>.
/// </summary>
public readonly record struct PartialDate(int Year, int Month, int Day, DatePrecision Precision) : IComparable<PartialDate>
{
    /// <summary>The first day the date covers.</summary>
    public DateOnly Start => new(Year, Precision == DatePrecision.Year ? 1 : Month, Precision == DatePrecision.Day ? Day : 1);

    /// <summary>The last day the date covers (end of the year or month).</summary>
    public DateOnly End => Precision switch
    {
        DatePrecision.Year => new DateOnly(Year, 12, 31),
        DatePrecision.Month => new DateOnly(Year, Month, DateTime.DaysInMonth(Year, Month)),
        _ => new DateOnly(Year, Month, Day),
    };

    /// <summary>Parses <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>; false for anything else or an impossible date.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        // Parsed by hand: DateTime.TryParseExact reads the clock (DateTime.Now) on every call to
        // fill in defaults, which cost ~4 % of loading 100k actions. The same texts are accepted:
        // four ASCII digits, then "-MM" and "-dd" of two ASCII digits each, a real calendar date.
        var s = text.AsSpan().Trim();
        if (s.Length == 4 && TryDigits(s, 0, 4, out var y) && y >= 1900 && y <= 2200)
        {
            date = new PartialDate(y, 1, 1, DatePrecision.Year);
            return true;
        }

        if (s.Length is not (7 or 10) || !TryDigits(s, 0, 4, out var year) || year < 1 || s[4] != '-' || !TryDigits(s, 5, 2, out var month) || month is < 1 or > 12)
        {
            return false;
        }

        if (s.Length == 7)
        {
            date = new PartialDate(year, month, 1, DatePrecision.Month);
            return true;
        }

        if (s[7] != '-' || !TryDigits(s, 8, 2, out var day) || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new PartialDate(year, month, day, DatePrecision.Day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> s, int start, int length, out int value)
    {
        value = 0;
        for (var i = start; i < start + length; i++)
        {
            var c = s[i];
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>Orders by the first day covered, then by precision (a month before its days).</summary>
    public int CompareTo(PartialDate other)
    {
        var c = Start.CompareTo(other.Start);
        return c != 0 ? c : Precision.CompareTo(other.Precision);
    }

    /// <summary>The canonical text form, as written in YAML.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        _ => $"{Year:D4}-{Month:D2}-{Day:D2}",
    };

    /// <summary>A reader-friendly form: "November 2008", "22 October 2008", "2009".</summary>
    public string ToDisplay() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        _ => Start.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
    };
}
