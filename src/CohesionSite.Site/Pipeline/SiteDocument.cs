namespace CohesionSite.Site.Pipeline;

/// <summary>
/// One output file flowing through the pipeline (Statiq's IDocument, in small): where it goes,
/// which template renders it with which model, and the rendered bytes once a stage made them.
/// </summary>
public sealed class SiteDocument
{
    /// <summary>Creates a document.</summary>
    /// <param name="destination">Output-relative path with forward slashes (<c>strategies/x/index.html</c>).</param>
    public SiteDocument(string destination)
    {
        Destination = SitePaths.CheckDestination(destination);
    }

    /// <summary>Output-relative path with forward slashes; checked so it cannot escape the output folder.</summary>
    public string Destination { get; }

    /// <summary>The page template's name (<c>actions</c>), or null for a document that carries its own content.</summary>
    public string? Template { get; init; }

    /// <summary>
    /// The language of the page's interface text (<c>en</c>, <c>cy</c>): which strings file the
    /// template's <c>t</c> and <c>tn</c> read; null for the site's own language.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>The model the template renders.</summary>
    public Pages.Page? Page { get; init; }

    /// <summary>The text content (rendered HTML, CSV, JSON …), set at creation or by the render stage.</summary>
    public string? Text { get; set; }

    /// <summary>Makes the text when the render pass reaches the document (data files), instead of when the document is created.</summary>
    public Func<string>? Produce { get; set; }

    /// <summary>Binary content, for assets that are not text.</summary>
    public byte[]? Bytes { get; set; }

    /// <summary>A page's visible text (its main element as plain text) for the search index; kept after the page is written.</summary>
    public string? PlainText { get; set; }

    /// <summary>True for an HTML page (link-checked, listed in the sitemap when <see cref="InSitemap"/>).</summary>
    public bool IsHtml => Destination.EndsWith(".html", StringComparison.Ordinal);

    /// <summary>Whether sitemap.xml lists it.</summary>
    public bool InSitemap { get; init; } = true;

    /// <summary>The size written, in bytes (set by the write stage).</summary>
    public long Length { get; set; }
}
