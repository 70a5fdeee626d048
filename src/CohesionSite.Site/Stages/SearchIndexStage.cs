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

    /// <summary>
    /// The index files for the context's rendered pages: the site's own language under
    /// <c>assets/</c>, each mirror's pages under <c>assets/LANG/</c> with its own copy of the search
    /// script (which finds its shards beside itself), so a Welsh search finds the Welsh pages.
    /// </summary>
    public static IReadOnlyList<SiteDocument> Make(SiteContext context)
    {
        var model = context.Model!;
        var docs = Index(context, null, model.Strategies, "assets/").ToList();
        var script = context.Documents.FirstOrDefault(d => d.Destination == "assets/search.js");
        foreach (var mirror in context.Mirrors)
        {
            var folder = $"assets/{mirror.Language}/";
            docs.AddRange(Index(context, mirror.Language, mirror.Model.Strategies.Where(s => mirror.Strategies.Contains(s.Id)).ToArray(), folder));
            if (script is not null)
            {
                docs.Add(new SiteDocument(folder + "search.js") { Text = script.Text, Bytes = script.Bytes, InSitemap = false });
            }
        }

        return docs;
    }

    /// <summary>The site-relative path of a language's search script (<c>assets/cy/search.js</c>) for a path of the site's own (<c>assets/search.js</c>).</summary>
    public static string ScriptOf(string? language, string script) =>
        language is null || !script.StartsWith("assets/search", StringComparison.Ordinal) ? script : $"assets/{language}/{script["assets/".Length..]}";

    private static IEnumerable<SiteDocument> Index(SiteContext context, string? language, IReadOnlyList<Pages.StrategyView> strategies, string folder)
    {
        var entries = new List<SearchEntry>();
        var text = context.Text(language);
        var place = strategies.ToDictionary(s => s.Id, s => s.PlaceTitle, StringComparer.Ordinal);
        // One language's pages: a mirror's pages are not results of the site's own search, nor the other way.
        foreach (var doc in context.Documents.Where(d => d.Page is not null && d.InSitemap && d.Language == language))
        {
            var p = doc.Page!;
            var strategy = p.Strategy is { } nav ? place.GetValueOrDefault(nav.Id) : null;
            entries.Add(new SearchEntry(p.Title, context.Links.Url(p.Path), strategy, doc.PlainText ?? p.SearchText ?? p.Description ?? string.Empty));
        }

        foreach (var sv in strategies)
        {
            // Entries below page level carry the place in their title too: results from several
            // strategies look alike otherwise ("Action 1.1.1").
            var title = sv.PlaceTitle;
            var area = sv.Content.Strategy.Area;
            // Actions and indicators have pages of their own, indexed above with the other pages.
            entries.AddRange(sv.Content.AllPriorities.Select(p => new SearchEntry(text.Format("search_index.priority", area, p.Number, p.Title).Replace("  ", " ", StringComparison.Ordinal), sv.Url("priorities", "priority", p.Id), title, p.Narrative ?? string.Empty)));
        }

        // Default encoder: escapes <, >, & and quotes, so content cannot end the script.
        // Only the counts and the places are loaded with the page; an entry's title, link and text
        // come with its chunk, loaded for the results shown. Each place is written once.
        var places = entries.Select(e => e.Place).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var placeNumber = places.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, StringComparer.Ordinal);
        yield return Script(folder + "search-index.js", "window.COHESION_SEARCH=" + JsonSerializer.Serialize(new { count = entries.Count, chunk = SearchTerms.TextChunk, places }) + ";\n");
        foreach (var (key, terms) in SearchTerms.Shards(entries.Select(e => e.Title + " " + e.Text)))
        {
            yield return Script($"{folder}search/terms-{key}.js", $"(window.COHESION_SEARCH_TERMS=window.COHESION_SEARCH_TERMS||{{}})[\"{key}\"]={JsonSerializer.Serialize(terms)};\n");
        }

        for (var chunk = 0; chunk * SearchTerms.TextChunk < entries.Count; chunk++)
        {
            var items = entries.Skip(chunk * SearchTerms.TextChunk).Take(SearchTerms.TextChunk)
                .Select(e => new { t = e.Title, u = e.Url, p = e.Place is null ? -1 : placeNumber[e.Place], x = e.Text });
            yield return Script($"{folder}search/entries-{chunk}.js", $"(window.COHESION_SEARCH_ENTRIES=window.COHESION_SEARCH_ENTRIES||{{}})[{chunk}]={JsonSerializer.Serialize(items)};\n");
        }
    }

    private static SiteDocument Script(string destination, string text) => new(destination) { Text = text, InSitemap = false };

    private sealed record SearchEntry(string Title, string Url, string? Place, string Text);
}
