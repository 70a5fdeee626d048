using System.Text;
using CohesionSite.Site.Pipeline;

namespace CohesionSite.Site.Stages;

/// <summary>
/// Hands a document's bytes to the output writer (which writes them on its IO threads) and lets go of its text; for pages it keeps only what the
/// link check needs (ids and internal links), so memory does not grow with the page count.
/// </summary>
public sealed class WriteStage : IDocumentStage
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <inheritdoc/>
    public string Name => "write";

    /// <inheritdoc/>
    public void Process(SiteDocument document, SiteContext context)
    {
        var path = Path.GetFullPath(Path.Combine(context.OutputFolder, document.Destination));
        if (!path.StartsWith(context.OutputFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"'{document.Destination}' would be written outside the output folder");
        }

        var bytes = document.Bytes ?? Utf8.GetBytes(document.Text ?? string.Empty);
        context.Writer.Write(path, bytes);
        document.Length = bytes.Length;
        if (document.IsHtml && document.Text is { } html)
        {
            context.LinkIndex[document.Destination] = Scan(html);
        }

        document.Text = null;
        document.Bytes = null;
    }

    /// <summary>Every id and every href/src/action of a page (our templates always quote with double quotes).</summary>
    internal static PageLinks Scan(string html)
    {
        var (ids, links) = AttributeScanner.Scan(html);
        return new PageLinks(ids, links);
    }
}
