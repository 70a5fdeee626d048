using CohesionSite.Site.Pages;

namespace CohesionSite.Site.Tests;

/// <summary>Finding messages as readers see them: code marks as code (or gone), ISO dates in words, everything escaped.</summary>
public sealed class FindingTextTests
{
    [Theory]
    [InlineData("List the actions under `actions:`.", "List the actions under <code>actions:</code>.")]
    [InlineData("draft 2008-10-22 (Cabinet)", "draft 22 October 2008 (Cabinet)")]
    [InlineData("due 2008-11 or 2010", "due November 2008 or 2010")]
    [InlineData("ids ni-2008-10 and 2008-13 stay", "ids ni-2008-10 and 2008-13 stay")]
    [InlineData("<b>`<i>`</b>", "&lt;b&gt;<code>&lt;i&gt;</code>&lt;/b&gt;")]
    public void Html_Message_CodeAndDatesAsText(string message, string expected) =>
        Assert.Equal(expected, FindingText.Html(message).Html);

    [Fact]
    public void Plain_MessageWithCodeMarks_NoBackticks() =>
        Assert.Equal("Add due: (yyyy-MM) by 1 April 2010.", FindingText.Plain("Add `due:` (yyyy-MM) by 2010-04-01."));
}
