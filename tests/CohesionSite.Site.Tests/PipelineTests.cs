using CohesionSite.Site.Pipeline;
using CohesionSite.Site.Rendering;

namespace CohesionSite.Site.Tests;

public sealed class PipelineTests : IDisposable
{
    private readonly TempDir _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Build_DemoFixture_WritesEveryPageTypeAndDownload()
    {
        var output = Path.Combine(_temp.Path, "out");
        var result = Fixture.Build(_temp.Path, output);

        foreach (var section in SitePaths.Sections)
        {
            Assert.True(File.Exists(Path.Combine(output, SitePaths.FileOf(SitePaths.Strategy("demo", section.Segment)))), section.Label);
        }

        foreach (var file in new[] { "index.html", "404.html", "search/index.html", "data/index.html", "accessibility/index.html", "sitemap.xml", "robots.txt", "data/model.json", "assets/site.css", "assets/search-index.js" })
        {
            Assert.True(File.Exists(Path.Combine(output, file)), file);
        }

        foreach (var file in new[] { "demo-actions.csv", "demo-actions.json", "demo-indicators.csv", "demo-indicator-figures.csv", "demo-indicators.json", "demo-findings.csv", "demo-findings.json", "datapackage.json" })
        {
            Assert.True(File.Exists(Path.Combine(output, "data", "demo", file)), file);
        }

        Assert.Equal(Directory.GetFiles(output, "*.html", SearchOption.AllDirectories).Length, result.Pages);
    }

    [Fact]
    public void Build_BrokenLinkInTemplate_FailsAndLeavesPreviousSiteIntact()
    {
        var output = Path.Combine(_temp.Path, "out");
        Fixture.Build(_temp.Path, output);
        var before = File.ReadAllText(Path.Combine(output, "index.html"));
        var overrides = Path.Combine(_temp.Path, "templates");
        Directory.CreateDirectory(overrides);
        File.WriteAllText(Path.Combine(overrides, "home.sbn"), "<p><a href=\"{{ url \"no-such-page/\" }}\">x</a> <a href=\"#nowhere\">y</a></p>");
        var content = Fixture.Load(Path.Combine(_temp.Path, "content"));

        var result = SiteBuilder.Build(new SiteBuildRequest { Settings = Fixture.Settings(), Content = content, Report = Fixture.Report(content), TemplateOverrides = overrides }, output);

        Assert.False(result.Success);
        Assert.Contains(result.Errors, e => e.Contains("'/no-such-page/' names no page", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Contains("'#nowhere' names no element", StringComparison.Ordinal));
        Assert.Equal(before, File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Empty(Directory.GetDirectories(_temp.Path, ".out.*"));
    }

    [Fact]
    public void Build_TemplateWithUnknownVariable_FailsNamingTheTemplate()
    {
        var overrides = Path.Combine(_temp.Path, "templates");
        Directory.CreateDirectory(overrides);
        File.WriteAllText(Path.Combine(overrides, "home.sbn"), "<p>{{ no_such_variable }}</p>");
        var content = Fixture.Load(Fixture.Write(_temp.Path));

        var result = SiteBuilder.Build(new SiteBuildRequest { Settings = Fixture.Settings(), Content = content, Report = Fixture.Report(content), TemplateOverrides = overrides }, Path.Combine(_temp.Path, "out"));

        Assert.False(result.Success);
        Assert.Contains(result.Errors, e => e.Contains("index.html", StringComparison.Ordinal) && e.Contains("no_such_variable", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(_temp.Path, "out")));
    }

    [Fact]
    public void Build_TwiceWithSameInput_WritesIdenticalBytes()
    {
        var content = Fixture.Load(Fixture.Write(_temp.Path));
        var request = new SiteBuildRequest { Settings = Fixture.Settings(), Content = content, Report = Fixture.Report(content), Parallelism = 4 };
        SiteBuilder.Build(request, Path.Combine(_temp.Path, "a"));
        SiteBuilder.Build(request with { Parallelism = 1 }, Path.Combine(_temp.Path, "b"));

        var a = Directory.GetFiles(Path.Combine(_temp.Path, "a"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Path.Combine(_temp.Path, "a"), f)).Order(StringComparer.Ordinal).ToArray();
        var b = Directory.GetFiles(Path.Combine(_temp.Path, "b"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Path.Combine(_temp.Path, "b"), f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(a, b);
        foreach (var f in a)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(_temp.Path, "a", f)).SequenceEqual(File.ReadAllBytes(Path.Combine(_temp.Path, "b", f))), f);
        }
    }

    [Theory]
    [InlineData("../evil")]
    [InlineData("a/../../evil")]
    [InlineData("/etc/passwd")]
    [InlineData("a\\b")]
    [InlineData("c:/x")]
    public void SiteDocument_UnsafeDestination_Throws(string destination) =>
        Assert.Throws<ArgumentException>(() => new SiteDocument(destination));

    [Theory]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData("A")]
    [InlineData(".hidden")]
    public void SitePaths_SegmentNotASlug_Throws(string id) =>
        Assert.Throws<ArgumentException>(() => SitePaths.Strategy(id));

    [Theory]
    [InlineData("/", "strategies/x/", "/strategies/x/")]
    [InlineData("/sub/", "strategies/x/", "/sub/strategies/x/")]
    [InlineData("/sub/", "", "/sub/")]
    public void Links_Url_HonoursLinkRoot(string root, string path, string expected) =>
        Assert.Equal(expected, new Links(root).Url(path));

    [Theory]
    [InlineData("sub")]
    [InlineData("/sub")]
    [InlineData("//x/")]
    public void Links_BadRoot_Throws(string root) =>
        Assert.Throws<ArgumentException>(() => new Links(root));

    [Theory]
    [InlineData("https://example.org/a", "https://example.org/a")]
    [InlineData("mailto:a@example.org", "mailto:a@example.org")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("JaVaScRiPt:alert(1)", null)]
    [InlineData("data:text/html,x", null)]
    [InlineData("/relative", null)]
    [InlineData("https://exa mple.org", null)]
    [InlineData("vbscript:x", null)]
    public void SafeUrl_Check_AllowsOnlyHttpHttpsMailto(string url, string? expected) =>
        Assert.Equal(expected, SafeUrl.Check(url));

    [Fact]
    public void Markdown_RawHtmlAndScriptLinks_RenderInert()
    {
        var html = MarkdownRenderer.Render("# Title\n\n<script>x()</script> [a](javascript:alert(1)) [b](https://example.org) ![c](https://evil.example/i.png) <http://ok.example>").Html;

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org\">b</a>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>Title</h3>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;/script&gt; a <a href=\"https://example.org\">b</a> c ", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1+1")]
    [InlineData("-2+HYPERLINK(\"http://example.com\",\"x\")")]
    [InlineData("+1")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    public void Csv_CellStartingAsAFormula_IsPrefixedWithAQuote(string text)
    {
        var csv = new Data.Csv("a").Row(text).ToString();

        Assert.Contains("'" + text.Replace("\"", "\"\"", StringComparison.Ordinal), csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_FormulaAndQuotes_AreEscaped()
    {
        var csv = new Data.Csv("a", "b").Row("=HYPERLINK(\"x\")", "-1.5").Row("say \"hi\", ok", null).ToString();

        Assert.Equal("a,b\r\n\"'=HYPERLINK(\"\"x\"\")\",-1.5\r\n\"say \"\"hi\"\", ok\",\r\n", csv);
    }
}
