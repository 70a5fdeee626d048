using CohesionSite.Tools.Bench;

namespace CohesionSite.Tools.Tests;

/// <summary>HTML to Markdown on a real HTML parser: what regular expressions over tags got wrong.</summary>
public sealed class HtmlToMarkdownTests
{
    [Fact]
    public void Convert_CommentedOutMarkup_IsNotConverted()
    {
        var markdown = HtmlToMarkdown.Convert("<main><p>kept</p><!-- <h2>old heading</h2> --></main>");
        Assert.Equal("kept\n\n", markdown);
    }

    [Fact]
    public void Convert_SingleQuotedHref_BecomesALink()
    {
        var markdown = HtmlToMarkdown.Convert("<main><p>See <a href='/plan/'>the plan</a>.</p></main>");
        Assert.Equal("See [the plan](/plan/).\n\n", markdown);
    }

    [Fact]
    public void Convert_AttributeHoldingAGreaterThanSign_DoesNotLeakIntoTheText()
    {
        var markdown = HtmlToMarkdown.Convert("<main><p><a href=\"/x/\" title=\"a > b\">link</a> text</p></main>");
        Assert.Equal("[link](/x/) text\n\n", markdown);
    }

    [Fact]
    public void Convert_TextLookingLikeMarkup_StaysTextAsEntities()
    {
        var markdown = HtmlToMarkdown.Convert("<main><p>a &lt;b&gt; &amp; c</p></main>");
        Assert.Equal("a &lt;b&gt; &amp; c\n\n", markdown);
    }

    [Fact]
    public void Convert_NoMainElement_ConvertsTheBody()
    {
        var markdown = HtmlToMarkdown.Convert("<html><body><h2>Only</h2><ul><li>one<li>two</ul></body></html>");
        Assert.Equal("## Only\n\n- one\n\n- two\n\n", markdown);
    }

    [Fact]
    public void Title_NoHeading_FallsBackToTheTitleElementDecoded()
    {
        Assert.Equal("Plans & actions", HtmlToMarkdown.Title("<html><head><title>Plans &amp; actions</title></head><body><p>x</p></body></html>"));
    }
}
