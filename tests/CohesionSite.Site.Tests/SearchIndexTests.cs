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

    [Fact]
    public void Index_EveryWordOfEveryPage_InItsShardForThatPage()
    {
        var entries = Entries();
        var terms = new Dictionary<string, Dictionary<string, int[]>>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(site.Output, "assets", "search"), "terms-*.js"))
        {
            var js = File.ReadAllText(file);
            var key = Path.GetFileNameWithoutExtension(file)["terms-".Length..];
            terms[key] = JsonSerializer.Deserialize<Dictionary<string, int[]>>(js[(js.IndexOf("]=", StringComparison.Ordinal) + 2)..].TrimEnd().TrimEnd(';'))!;
        }

        var missing = new List<string>();
        foreach (var file in SiteFiles.Pages(site.Output).Where(f => !f.EndsWith("404.html", StringComparison.Ordinal)))
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

    private string[] Entries() => SearchFiles.Entries(site.Output).Select(e => e.GetProperty("u").GetString()!).ToArray();
}
