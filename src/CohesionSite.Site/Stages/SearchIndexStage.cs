using System.Text.Json;
using CohesionSite.Site.Pipeline;

namespace CohesionSite.Site.Stages;

/// <summary>
/// Builds the search index at build time (no server): one entry per page plus one per action,
/// priority and indicator, written as a script that sets a global so it also loads from disk.
/// </summary>
public sealed class SearchIndexStage : ISetStage
{
    /// <inheritdoc/>
    public string Name => "search-index";

    /// <inheritdoc/>
    public void Execute(SiteContext context)
    {
        var entries = new List<object>();
        foreach (var doc in context.Documents.Where(d => d.Page is not null && d.InSitemap))
        {
            var p = doc.Page!;
            entries.Add(new { t = p.Title, u = context.Links.Url(p.Path), x = Trim(p.SearchText ?? p.Description) });
        }

        foreach (var sv in context.Model!.Strategies)
        {
            // Entries below page level carry the place in their title too: results from several
            // strategies look alike otherwise ("Action 1.1.1").
            var title = sv.PlaceTitle;
            var area = sv.Content.Strategy.Area;
            entries.AddRange(sv.Content.Actions.Select(a => new { t = $"{area} action {a.Id}: {Trim(a.Text, 90)}", u = sv.ActionUrl(a.Id), x = $"{title}. {Trim(a.Text)} {a.Outcome}" }));
            entries.AddRange(sv.Content.AllPriorities.Select(p => new { t = $"{area} priority {p.Number} {p.Title}".Replace("  ", " ", StringComparison.Ordinal), u = sv.Url("priorities", "priority", p.Id), x = $"{title}. {Trim(p.Narrative)}" }));
            entries.AddRange(sv.Content.Indicators.Select(i => new { t = $"{area} indicator {i.Code} {i.Title}".Replace("  ", " ", StringComparison.Ordinal), u = sv.Url("indicators", "indicator", i.Id), x = $"{title}. {i.Category}" }));
        }

        // Default encoder: escapes <, >, & and quotes, so content cannot end the script.
        var json = JsonSerializer.Serialize(entries);
        context.Documents.Add(new SiteDocument("assets/search-index.js") { Text = "window.COHESION_SEARCH=" + json + ";\n", InSitemap = false });
    }

    private static string Trim(string? text, int max = 400) =>
        text is null ? string.Empty : text.Length <= max ? text : text[..max] + "…";
}
