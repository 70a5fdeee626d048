using CohesionSite.Site.Mirror;

namespace CohesionSite.Site.Tests;

/// <summary>
/// What a mirror marks as English: a whole value, a phrase quoted inside a Welsh sentence, a quote
/// cut short; never a lone word inside a sentence, nor what is already marked or cannot hold a span.
/// </summary>
public sealed class UntranslatedMarkerTests
{
    private static readonly UntranslatedMarker Marker = new(["Feeling of belonging", "Cabinet", "Engaging with the local community who have lived in Wrexham for many years", "Tom & Jerry's plan"], "en");

    [Fact]
    public void Mark_WholeValue_WrappedInASpan() =>
        Assert.Equal("<span lang=\"en\">Feeling of belonging</span>", Marker.Mark("Feeling of belonging"));

    [Fact]
    public void Mark_PhraseInsideASentence_OnlyThePhraseWrapped() =>
        Assert.Equal("Dangosydd <span lang=\"en\">Feeling of belonging</span>: Wrecsam", Marker.Mark("Dangosydd Feeling of belonging: Wrecsam"));

    [Fact]
    public void Mark_PhraseEscaped_TextStaysEscaped() =>
        Assert.Equal("Cynllun <span lang=\"en\">Tom &amp; Jerry&#39;s plan</span> &lt;b&gt;", Marker.Mark("Cynllun Tom & Jerry's plan <b>"));

    [Theory]
    [InlineData("Penderfynodd y Cabinet")]
    [InlineData("Feeling of belongingness")]
    [InlineData("Dim byd yn Saesneg")]
    public void Mark_LoneWordOrPartWord_NotMarked(string text) => Assert.Null(Marker.Mark(text));

    [Fact]
    public void Mark_QuoteCutShort_MarkedWithItsEllipsis() =>
        Assert.Equal("maes x: “<span lang=\"en\">Engaging with the local community who have lived in Wrexh...</span>”", Marker.Mark("maes x: “Engaging with the local community who have lived in Wrexh...”"));

    [Fact]
    public void MarkHtml_TextNodes_MarkedAndTagsKept() =>
        Assert.Equal("<p class=\"x\">Nid oes gan <em><span lang=\"en\">Feeling of belonging</span></em> darged</p>", Marker.MarkHtml("<p class=\"x\">Nid oes gan <em>Feeling of belonging</em> darged</p>"));

    [Theory]
    [InlineData("<div lang=\"en\"><p>Feeling of belonging</p></div>")]
    [InlineData("<code>Feeling of belonging</code>")]
    [InlineData("<svg><text>Feeling of belonging</text></svg>")]
    public void MarkHtml_MarkedOrOpaque_LeftAsItIs(string html) => Assert.Equal(html, Marker.MarkHtml(html));

    [Fact]
    public void MarkHtml_SvgTitleWhollyUntranslated_GetsTheLanguageAsAnAttribute() =>
        Assert.Equal("<svg><title id=\"t\" lang=\"en\">Feeling of belonging</title><desc>Mesuriad</desc></svg>", Marker.MarkHtml("<svg><title id=\"t\">Feeling of belonging</title><desc>Mesuriad</desc></svg>"));
}
