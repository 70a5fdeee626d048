namespace CohesionSite.Site.Tests;

/// <summary>Built with LinkRoot /sub/, every internal link resolves under /sub/.</summary>
public sealed class SubfolderTests : IDisposable
{
    private readonly TempDir _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Build_LinkRootSub_EveryInternalLinkResolvesUnderSub()
    {
        var output = Path.Combine(_temp.Path, "out");
        Fixture.Build(_temp.Path, output, linkRoot: "/sub/");
        var checkedLinks = 0;

        foreach (var page in SiteFiles.Pages(output))
        {
            var doc = SiteFiles.Parse(page);
            foreach (var link in SiteFiles.Links(doc).Where(l => !l.StartsWith("http", StringComparison.Ordinal) && !l.StartsWith("mailto:", StringComparison.Ordinal)))
            {
                if (link.StartsWith('#'))
                {
                    Assert.NotNull(doc.GetElementById(link[1..]));
                    continue;
                }

                Assert.StartsWith("/sub/", link);
                var path = link["/sub/".Length..].Split('#')[0];
                var file = Path.Combine(output, path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path);
                Assert.True(File.Exists(file), $"{Path.GetRelativePath(output, page)}: {link}");
                checkedLinks++;
            }
        }

        Assert.True(checkedLinks > 200, $"only {checkedLinks} links checked");
        Assert.Contains("<loc>https://example.org/sub/strategies/demo/actions/</loc>", File.ReadAllText(Path.Combine(output, "sitemap.xml")), StringComparison.Ordinal);
        Assert.Contains("\"u\":\"/sub/strategies/demo/actions/1.1.1/\"", SearchFiles.AllText(output), StringComparison.Ordinal);
    }
}
