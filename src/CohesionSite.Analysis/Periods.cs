using System.Globalization;

namespace CohesionSite.Analysis;

/// <summary>Years of period texts as the sources write them, read one way by rules, pages and exports.</summary>
public static class Periods
{
    /// <summary>
    /// The last year a period text covers: <c>2008</c> → 2008, <c>2007/08</c> → 2008, <c>2008-2011</c> → 2011;
    /// 0 when the text holds no year.
    /// </summary>
    public static int EndYear(string? period)
    {
        if (string.IsNullOrEmpty(period))
        {
            return 0;
        }

        var i = 0;
        while (i + 4 <= period.Length && !(IsDigits(period, i, 4) && (i + 4 == period.Length || !char.IsAsciiDigit(period[i + 4]))))
        {
            i++;
        }

        if (i + 4 > period.Length)
        {
            return 0;
        }

        var year = int.Parse(period.AsSpan(i, 4), CultureInfo.InvariantCulture);
        var rest = period.AsSpan(i + 4);
        if (rest.Length >= 3 && (rest[0] == '/' || rest[0] == '-'))
        {
            if (rest.Length >= 5 && IsDigits(rest[1..].ToString(), 0, 4))
            {
                return int.Parse(rest.Slice(1, 4), CultureInfo.InvariantCulture);
            }

            if (IsDigits(rest[1..].ToString(), 0, 2) && (rest.Length == 3 || !char.IsAsciiDigit(rest[3])))
            {
                var two = int.Parse(rest.Slice(1, 2), CultureInfo.InvariantCulture);
                var end = (year / 100 * 100) + two;
                return end < year ? end + 100 : end;
            }
        }

        return year;
    }

    private static bool IsDigits(string s, int start, int count)
    {
        if (start + count > s.Length)
        {
            return false;
        }

        for (var k = start; k < start + count; k++)
        {
            if (!char.IsAsciiDigit(s[k]))
            {
                return false;
            }
        }

        return true;
    }
}
