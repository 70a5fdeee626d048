using CohesionSite.Site.Localization;
using Xunit;

namespace CohesionSite.Site.Tests;

/// <summary>The interface text files: every language has every key, keeps every placeholder, and plurals follow CLDR.</summary>
public sealed class UiTextTests
{
    public static TheoryData<string> Languages => [.. UiText.Available.Where(l => l != "en")];

    [Theory]
    [InlineData("cy", 2011, 5, 0, "ym mis Mai 2011")]
    [InlineData("cy", 2008, 10, 22, "ar 22 Hydref 2008")]
    [InlineData("cy", 2011, 0, 0, "yn 2011")]
    [InlineData("en", 2011, 5, 0, "May 2011")]
    public void DateAt_EachPrecision_WordedTheLanguagesWay(string language, int year, int month, int day, string expected)
    {
        var precision = day > 0 ? CohesionSite.Core.Model.DatePrecision.Day : month > 0 ? CohesionSite.Core.Model.DatePrecision.Month : CohesionSite.Core.Model.DatePrecision.Year;
        var date = new CohesionSite.Core.Model.PartialDate(year, Math.Max(month, 1), Math.Max(day, 1), precision);

        Assert.Equal(expected, CohesionSite.Site.Pages.Labels.DateAt(date, UiText.For(language)));
    }

    [Fact]
    public void Available_Shipped_EnglishAndWelsh()
    {
        Assert.Contains("en", UiText.Available);
        Assert.Contains("cy", UiText.Available);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Keys_EveryLanguage_SameAsEnglish(string language)
    {
        var en = UiText.For("en").Keys.Order(StringComparer.Ordinal).ToArray();
        var other = UiText.For(language).Keys.Order(StringComparer.Ordinal).ToArray();
        Assert.Empty(en.Except(other));
        Assert.Empty(other.Except(en));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Placeholders_EveryLanguage_SameAsEnglish(string language)
    {
        var en = UiText.For("en");
        var other = UiText.For(language);
        var wrong = en.Keys.Where(k => !Placeholders(en.Pattern(k)).SetEquals(Placeholders(other.Pattern(k)))).ToArray();
        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData(0, "zero")]
    [InlineData(1, "one")]
    [InlineData(2, "two")]
    [InlineData(3, "few")]
    [InlineData(6, "many")]
    [InlineData(4, "other")]
    [InlineData(100, "other")]
    public void Plural_Welsh_CldrCategory(long n, string expected)
    {
        using var reader = new StringReader("x:\n  zero: zero\n  one: one\n  two: two\n  few: few\n  many: many\n  other: other\n");
        Assert.Equal(expected, UiText.Parse("cy", "test.yaml", reader).Plural("x", n));
    }

    [Fact]
    public void Plural_EnglishWithCount_FillsCountGrouped()
    {
        using var reader = new StringReader("x:\n  one: \"{0} action of {1}\"\n  other: \"{0} actions of {1}\"\n");
        var text = UiText.Parse("en", "test.yaml", reader);
        Assert.Equal("1 action of Walsall", text.Plural("x", 1, "Walsall"));
        Assert.Equal("1,200 actions of Walsall", text.Plural("x", 1200, "Walsall"));
    }

    [Fact]
    public void Plural_NoOtherForm_SaysWhere()
    {
        using var reader = new StringReader("x:\n  one: a\n");
        var e = Assert.Throws<InvalidDataException>(() => UiText.Parse("en", "test.yaml", reader));
        Assert.Contains("test.yaml:2:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indexer_MissingKey_NamesFileAndKey()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => UiText.For("cy")["no.such.key"]);
        Assert.Contains("cy.yaml", e.Message, StringComparison.Ordinal);
        Assert.Contains("no.such.key", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Month_Welsh_WelshName()
    {
        Assert.Equal("Mehefin", UiText.For("cy").Month(6));
        Assert.Equal("June", UiText.For("en").Month(6));
    }

    private static HashSet<string> Placeholders(string pattern) =>
        [.. System.Text.RegularExpressions.Regex.Matches(pattern, @"\{\d\}").Select(m => m.Value)];
}
