using CohesionSite.Core.Model;

namespace CohesionSite.Core.Tests;

/// <summary>Dates as precise as the source: a year, a month or a day, each covering a span.</summary>
public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2008", 2008, 1, 1, DatePrecision.Year)]
    [InlineData("2008-11", 2008, 11, 1, DatePrecision.Month)]
    [InlineData("2008-10-22", 2008, 10, 22, DatePrecision.Day)]
    [InlineData(" 2009 ", 2009, 1, 1, DatePrecision.Year)]
    public void TryParse_EachPrecision_GivesThatDate(string text, int year, int month, int day, DatePrecision precision)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal(new PartialDate(year, month, day, precision), date);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("April 2010")]
    [InlineData("2008-13")]
    [InlineData("2009-02-29")]
    [InlineData("1899")]
    [InlineData("2008/11")]
    [InlineData("+2008")]
    public void TryParse_NotADate_IsFalse(string? text) => Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    public void StartAndEnd_MonthOfALeapYear_CoverTheWholeMonth()
    {
        Assert.True(PartialDate.TryParse("2008-02", out var february));
        Assert.Equal(new DateOnly(2008, 2, 1), february.Start);
        Assert.Equal(new DateOnly(2008, 2, 29), february.End);
    }

    [Fact]
    public void End_Year_IsItsLastDay()
    {
        Assert.True(PartialDate.TryParse("2011", out var year));
        Assert.Equal(new DateOnly(2011, 12, 31), year.End);
    }

    [Fact]
    public void CompareTo_SameStart_OrdersTheCoarserFirst()
    {
        PartialDate.TryParse("2008", out var year);
        PartialDate.TryParse("2008-01", out var month);
        PartialDate.TryParse("2008-01-01", out var day);
        PartialDate.TryParse("2007-12-31", out var before);

        Assert.Equal([before, year, month, day], new[] { day, month, before, year }.Order());
    }

    [Theory]
    [InlineData("2008", "2008", "2008")]
    [InlineData("2008-11", "2008-11", "November 2008")]
    [InlineData("2008-10-02", "2008-10-02", "2 October 2008")]
    public void ToStringAndToDisplay_RoundTripAndRead(string text, string canonical, string display)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal(canonical, date.ToString());
        Assert.Equal(display, date.ToDisplay());
        Assert.True(PartialDate.TryParse(date.ToString(), out var again));
        Assert.Equal(date, again);
    }
    [Fact]
    public void TryParse_AnyShortText_AgreesWithDateTimeParseExact()
    {
        // The hand-written parser must accept exactly what the DateTime.TryParseExact formats did.
        var random = new Random(15);
        const string alphabet = "0123456789-- /+a\u0661";
        var texts = new List<string> { "0000-01", "0001-01", "9999-12-31", "2008-1-01", "2008-01-1", "2008-02-30", "2000-02-29", "1900-02-29", "2008-00", "2008-01-00", "20a8-01", "2008-0a" };
        for (var n = 0; n < 20000; n++)
        {
            var length = random.Next(2) == 0 ? 7 : 10;
            var chars = new char[length];
            for (var i = 0; i < length; i++)
            {
                chars[i] = random.Next(4) == 0 ? alphabet[random.Next(alphabet.Length)] : (char)('0' + random.Next(10));
            }

            if (random.Next(3) > 0)
            {
                chars[4] = '-';
            }

            if (length == 10 && random.Next(3) > 0)
            {
                chars[7] = '-';
            }

            texts.Add(new string(chars));
        }

        foreach (var text in texts)
        {
            var expected = text.Length == 7
                ? System.DateTime.TryParseExact(text, "yyyy-MM", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _)
                : System.DateTime.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);
            Assert.True(expected == PartialDate.TryParse(text, out _), $"'{text}': expected {expected}");
        }
    }
}
