using System.Text.Json;
using CohesionSite.Site.Pipeline;

namespace CohesionSite.Site.Stages;

/// <summary>
/// Builds the full-text search index after the pages are rendered (no server): every word a page
/// shows is findable. Entries are the pages plus each action, priority and indicator (so a hit
/// can link to its row). Written as scripts that set globals, so they also load from disk:
/// <list type="bullet">
/// <item><c>assets/search-index.js</c>: how many entries, the chunk size and the places, always loaded (small);</item>
/// <item><c>assets/search/terms-XX.js</c>: for every word starting with XX, the entries (by number) that
/// contain it; a query loads only the shards of its own words;</item>
/// <item><c>assets/search/entries-N.js</c>: entries N×chunk onwards (title, link, place, text), loaded only
/// for the results shown (titles and snippets).</item>
/// </list>
/// </summary>
public sealed class SearchIndexStage : ISetStage
{
    /// <inheritdoc/>
    public string Name => "search-index";

    /// <inheritdoc/>
    public void Execute(SiteContext context)
    {
        var write = new WriteStage();
        foreach (var doc in Make(context))
        {
            context.Documents.Add(doc);
            write.Process(doc, context);
        }
    }

    /// <summary>The index files for the context's rendered pages.</summary>
    public static IReadOnlyList<SiteDocument> Make(SiteContext context)
    {
        var entries = new List<SearchEntry>();
        var place = context.Model!.Strategies.ToDictionary(s => s.Id, s => s.PlaceTitle, StringComparer.Ordinal);
        foreach (var doc in context.Documents.Where(d => d.Page is not null && d.InSitemap))
        {
            var p = doc.Page!;
            var strategy = p.Strategy is { } nav ? place.GetValueOrDefault(nav.Id) : null;
            entries.Add(new SearchEntry(p.Title, context.Links.Url(p.Path), strategy, doc.PlainText ?? p.SearchText ?? p.Description ?? string.Empty));
        }

        foreach (var sv in context.Model.Strategies)
        {
            // Entries below page level carry the place in their title too: results from several
            // strategies look alike otherwise ("Action 1.1.1").
            var title = sv.PlaceTitle;
            var area = sv.Content.Strategy.Area;
            // Actions and indicators have pages of their own, indexed above with the other pages.
            entries.AddRange(sv.Content.AllPriorities.Select(p => new SearchEntry($"{area} priority {p.Number} {p.Title}".Replace("  ", " ", StringComparison.Ordinal), sv.Url("priorities", "priority", p.Id), title, p.Narrative ?? string.Empty)));
        }

        // Default encoder: escapes <, >, & and quotes, so content cannot end the script.
        // Only the counts and the places are loaded with the page; an entry's title, link and text
        // come with its chunk, loaded for the results shown. Each place is written once.
        var places = entries.Select(e => e.Place).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var placeNumber = places.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, StringComparer.Ordinal);
        var docs = new List<SiteDocument>
        {
            Script("assets/search-index.js", "window.COHESION_SEARCH=" + JsonSerializer.Serialize(new { count = entries.Count, chunk = SearchTerms.TextChunk, places }) + ";\n"),
        };
        foreach (var (key, terms) in SearchTerms.Shards(entries.Select(e => e.Title + " " + e.Text)))
        {
            docs.Add(Script($"assets/search/terms-{key}.js", $"(window.COHESION_SEARCH_TERMS=window.COHESION_SEARCH_TERMS||{{}})[\"{key}\"]={JsonSerializer.Serialize(terms)};\n"));
        }

        for (var chunk = 0; chunk * SearchTerms.TextChunk < entries.Count; chunk++)
        {
            var items = entries.Skip(chunk * SearchTerms.TextChunk).Take(SearchTerms.TextChunk)
                .Select(e => new { t = e.Title, u = e.Url, p = e.Place is null ? -1 : placeNumber[e.Place], x = e.Text });
            docs.Add(Script($"assets/search/entries-{chunk}.js", $"(window.COHESION_SEARCH_ENTRIES=window.COHESION_SEARCH_ENTRIES||{{}})[{chunk}]={JsonSerializer.Serialize(items)};\n"));
        }

        return docs;
    }

    private static SiteDocument Script(string destination, string text) => new(destination) { Text = text, InSitemap = false };

    private sealed record SearchEntry(string Title, string Url, string? Place, string Text);
}
