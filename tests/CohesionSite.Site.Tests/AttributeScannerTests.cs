using CohesionSite.Site.Stages;

namespace CohesionSite.Site.Tests;

/// <summary>The link check's attribute scanner finds what the templates write and nothing else.</summary>
public sealed class AttributeScannerTests
{
    [Fact]
    public void Scan_PageWithIdsAndLinks_FindsEachOnceDecoded()
    {
        var html = "<a id=\"top\" href=\"/a/?x=1&amp;y=2#b\">x</a> <img src=\"/i.png\"> <form action=\"/s/\"></form> <a href=\"/a/?x=1&amp;y=2#b\">again</a>";
        var (ids, links) = AttributeScanner.Scan(html);
        Assert.Equal(["top"], ids);
        Assert.Equal(["/a/?x=1&y=2#b", "/i.png", "/s/"], links);
    }

    [Fact]
    public void Scan_LookalikeAttributesAndText_AreIgnored()
    {
        var html = "<div data-id=\"no\" xhref=\"no\" class=\"c\">text with id=&quot;no&quot;</div><p\nid=\"yes\"></p>";
        var (ids, links) = AttributeScanner.Scan(html);
        Assert.Equal(["yes"], ids);
        Assert.Empty(links);
    }
}
