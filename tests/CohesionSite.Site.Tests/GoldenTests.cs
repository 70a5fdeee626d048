using System.Runtime.CompilerServices;
using System.Text;
using AngleSharp.Dom;

namespace CohesionSite.Site.Tests;

/// <summary>
/// Representative pages of the demo fixture compared with golden files as normalised DOM (sorted
/// attributes, collapsed whitespace), so formatting changes do not fail but content and structure
/// changes do. Set UPDATE_GOLDEN=1 to rewrite the golden files after an intended change.
/// </summary>
public sealed class GoldenTests : IClassFixture<GoldenTests.DemoSite>
{
    private readonly DemoSite _site;

    public GoldenTests(DemoSite site) => _site = site;

    public sealed class DemoSite : IDisposable
    {
        private readonly TempDir _temp = new();

        public DemoSite()
        {
            Output = Path.Combine(_temp.Path, "out");
            Fixture.Build(_temp.Path, Output);
        }

        public string Output { get; }

        public void Dispose() => _temp.Dispose();
    }

    [Theory]
    [InlineData("home", "index.html")]
    [InlineData("overview", "strategies/demo/index.html")]
    [InlineData("priorities", "strategies/demo/priorities/index.html")]
    [InlineData("actions", "strategies/demo/actions/index.html")]
    [InlineData("outcomes", "strategies/demo/outcomes/index.html")]
    [InlineData("indicators", "strategies/demo/indicators/index.html")]
    [InlineData("toolkit", "strategies/demo/toolkit/index.html")]
    [InlineData("practice", "strategies/demo/practice/index.html")]
    [InlineData("evidence", "strategies/demo/evidence/index.html")]
    [InlineData("gaps", "strategies/demo/gaps/index.html")]
    [InlineData("status", "strategies/demo/status/index.html")]
    [InlineData("status-all", "status/index.html")]
    [InlineData("national", "national/index.html")]
    [InlineData("national-framework", "national/frameworks/demo-priorities/index.html")]
    [InlineData("national-indicators", "national/indicators/index.html")]
    [InlineData("pack", "strategies/demo/pack/index.html")]
    [InlineData("layout", "strategies/demo/practice/index.html")]
    [InlineData("action", "strategies/demo/actions/1.1.1/index.html")]
    [InlineData("indicator", "strategies/demo/indicators/getting-on-well/index.html")]
    public void Page_DemoFixture_MatchesGolden(string name, string file) => AssertGolden(_site.Output, file, name);

    /// <summary>Compares one page of <paramref name="output"/> with its golden file (the layout golden covers the whole document, the others only &lt;main&gt;).</summary>
    internal static void AssertGolden(string output, string file, string name)
    {
        var doc = SiteFiles.Parse(Path.Combine(output, file));
        var root = name.EndsWith("layout", StringComparison.Ordinal) ? doc.DocumentElement : doc.QuerySelector("main")!;
        var actual = Normalise(root);
        var golden = Path.Combine(SourceDir(), "Golden", name + ".html");
        Directory.CreateDirectory(Path.GetDirectoryName(golden)!);

        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(golden, actual);
        }

        Assert.True(File.Exists(golden), $"missing golden file {golden}; run with UPDATE_GOLDEN=1 to create it");
        Assert.Equal(File.ReadAllText(golden), actual);
    }

    [Fact]
    public void Normalise_AttributeOrderAndWhitespace_Ignored()
    {
        var a = SiteFiles.Parse(WriteTemp("<main><p  class=\"x\" id=\"y\">a\n  b</p></main>"));
        var b = SiteFiles.Parse(WriteTemp("<main><p id=\"y\" class=\"x\">a b</p>\n</main>"));
        var c = SiteFiles.Parse(WriteTemp("<main><p id=\"y\" class=\"x\">a c</p></main>"));

        Assert.Equal(Normalise(a.QuerySelector("main")!), Normalise(b.QuerySelector("main")!));
        Assert.NotEqual(Normalise(a.QuerySelector("main")!), Normalise(c.QuerySelector("main")!));
    }

    internal static string Normalise(IElement root)
    {
        var sb = new StringBuilder();
        Write(root, 0, sb);
        return sb.ToString();
    }

    private static void Write(INode node, int depth, StringBuilder sb)
    {
        switch (node)
        {
            case IElement e:
                sb.Append(' ', depth * 2).Append('<').Append(e.LocalName);
                foreach (var a in e.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal))
                {
                    sb.Append(' ').Append(a.Name).Append("=\"").Append(Collapse(a.Value)).Append('"');
                }

                sb.Append(">\n");
                foreach (var child in e.ChildNodes)
                {
                    Write(child, depth + 1, sb);
                }

                break;
            case IText t when Collapse(t.Data) is { Length: > 0 } text:
                sb.Append(' ', depth * 2).Append(text).Append('\n');
                break;
        }
    }

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string WriteTemp(string html)
    {
        var path = Path.Combine(Path.GetTempPath(), $"golden-{Guid.NewGuid():N}.html");
        File.WriteAllText(path, html);
        return path;
    }

    private static string SourceDir([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
