using System.Text.Json;
using AngleSharp.Dom;
using CohesionSite.Site.Stages;

namespace CohesionSite.Site.Tests;

/// <summary>The full-text search index as built: every word of every page, in shards, small.</summary>
public sealed class SearchIndexTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    [Fact]
    public void Words_MixedText_LowerCaseShortOnesLeftOut()
    {
        Assert.Equal(["café", "x2", "north", "east"], SearchTerms.Words("Café a X2 North-East"));
    }

    [Fact]
    public void Shards_WordInTwoEntries_GapEncodedInItsShard()
    {
        var shards = SearchTerms.Shards(["alpha beta", "gamma", "beta 9z", "αβγ beta"]).ToDictionary(s => s.Key, s => s.Terms);

        // Entries 0, 2 and 3: stored as the first number, then the gaps.
        Assert.Equal([0, 2, 1], shards["be"]["beta"]);
        Assert.Equal([2], shards["9z"]["9z"]);
        Assert.Equal([3], shards[SearchTerms.OtherShard]["αβγ"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("cy")]
    public void Index_EveryWordOfEveryPage_InItsShardForThatPage(string language)
    {
        // Each language's pages have an index of their own: the site's under assets/, a mirror's under assets/LANG/.
        var assets = language.Length == 0 ? Path.Combine(site.Output, "assets") : Path.Combine(site.Output, "assets", language);
        var entries = SearchFiles.Entries(site.Output, language).Select(e => e.GetProperty("u").GetString()!).ToArray();
        var terms = new Dictionary<string, Dictionary<string, int[]>>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(assets, "search"), "terms-*.js"))
        {
            var js = File.ReadAllText(file);
            var key = Path.GetFileNameWithoutExtension(file)["terms-".Length..];
            terms[key] = JsonSerializer.Deserialize<Dictionary<string, int[]>>(js[(js.IndexOf("]=", StringComparison.Ordinal) + 2)..].TrimEnd().TrimEnd(';'))!;
        }

        var missing = new List<string>();
        var pages = SiteFiles.Pages(site.Output).Where(f => !f.EndsWith("404.html", StringComparison.Ordinal))
            .Where(f => (Path.GetRelativePath(site.Output, f).Replace('\\', '/').StartsWith("cy/", StringComparison.Ordinal) ? "cy" : string.Empty) == language)
            .ToArray();
        Assert.True(pages.Length > 10, $"only {pages.Length} pages in '{language}'");
        foreach (var file in pages)
        {
            var url = "/" + Path.GetRelativePath(site.Output, Path.GetDirectoryName(file)!).Replace('\\', '/') + "/";
            url = url == "/./" ? "/" : url;
            var entry = Array.IndexOf(entries, url);
            Assert.True(entry >= 0, $"no search entry for {url}");
            // Text nodes apart, as the index sees them: adjacent cells never run into one word.
            var text = string.Join(" ", SiteFiles.Parse(file).QuerySelector("main")!.GetDescendants().OfType<IText>().Select(t => t.Data));
            foreach (var word in SearchTerms.Words(text).Distinct())
            {
                var postings = terms[SearchTerms.ShardOf(word)].GetValueOrDefault(word) ?? [];
                var n = 0;
                if (!postings.Select(gap => n += gap).Contains(entry))
                {
                    missing.Add($"{url}: {word}");
                }
            }
        }

        Assert.True(missing.Count == 0, $"{missing.Count} words not indexed: {string.Join(", ", missing.Take(10))}");
    }

    [Fact]
    public void Index_SiteOwnLanguage_HasNoMirrorPageAndTheMirrorNoOwnPage()
    {
        Assert.DoesNotContain(Entries(), u => u.StartsWith("/cy/", StringComparison.Ordinal));
        var welsh = SearchFiles.Entries(site.Output, "cy").Select(e => e.GetProperty("u").GetString()!).ToArray();
        Assert.Contains("/cy/strategies/wrexham-2011-14/", welsh);
        Assert.All(welsh, u => Assert.StartsWith("/cy/", u, StringComparison.Ordinal));
    }

    private string[] Entries() => SearchFiles.Entries(site.Output).Select(e => e.GetProperty("u").GetString()!).ToArray();
}
