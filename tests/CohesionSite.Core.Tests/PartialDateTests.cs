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
}
