using System.Net;
using System.Text.RegularExpressions;
using CohesionSite.Site.Pipeline;

namespace CohesionSite.Site.Stages;

/// <summary>
/// Keeps each rendered page's visible text (its main element, tags dropped, entities decoded,
/// whitespace collapsed) for the search index, so search finds every word a reader can see.
/// Runs between render and write, while the page's HTML is still in memory.
/// </summary>
public sealed partial class SearchTextStage : IDocumentStage
{
    /// <inheritdoc/>
    public string Name => "search-text";

    /// <inheritdoc/>
    public void Process(SiteDocument document, SiteContext context) => Extract(document);

    /// <summary>Sets <see cref="SiteDocument.PlainText"/> of a rendered page in the sitemap.</summary>
    public static void Extract(SiteDocument document)
    {
        if (document.Page is null || !document.InSitemap || document.Text is not { } html)
        {
            return;
        }

        document.PlainText = PlainText(html);
    }

    /// <summary>The text of the main element of a page we rendered.</summary>
    public static string PlainText(string html)
    {
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var end = html.LastIndexOf("</main>", StringComparison.Ordinal);
        var main = start >= 0 && end > start ? html[start..end] : html;
        // Block ends become spaces so words of adjacent cells and paragraphs never run together.
        var text = Tag().Replace(main, " ");
        return Space().Replace(WebUtility.HtmlDecode(text), " ").Trim();
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
