using CohesionSite.Content.Export;

namespace CohesionSite.Content.Tests;

/// <summary>The one formula-injection guard of every CSV we write (OWASP: leading = + - @, tab, CR).</summary>
public sealed class CsvGuardTests
{
    [Theory]
    [InlineData("=1+1")]
    [InlineData("+1")]
    [InlineData("-1+1")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    [InlineData("'=1")]
    public void Guard_TextAFormulaCouldStartWith_PrefixesOneQuote(string text) => Assert.Equal("'" + text, CsvGuard.Guard(text));

    [Theory]
    [InlineData("")]
    [InlineData("plain text")]
    [InlineData("-1.5")]
    [InlineData("'quoted'")]
    [InlineData("1.1")]
    public void Guard_TextNoSpreadsheetRuns_LeavesItAlone(string text) => Assert.Equal(text, CsvGuard.Guard(text));

    [Theory]
    [InlineData("=1+1")]
    [InlineData("-2+HYPERLINK(\"http://example.com\")")]
    [InlineData("'=1")]
    [InlineData("''@x")]
    [InlineData("'plain")]
    [InlineData("-1.5")]
    public void Unguard_GuardedText_GivesTheOriginalBack(string text) => Assert.Equal(text, CsvGuard.Unguard(CsvGuard.Guard(text)));
}
