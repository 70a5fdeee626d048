using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace CohesionSite.Site.Tests;

/// <summary>Reads a built site's pages as DOMs.</summary>
public static class SiteFiles
{
    private static readonly HtmlParser Parser = new();

    public static IEnumerable<string> Pages(string output) =>
        Directory.GetFiles(output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public static IDocument Parse(string file) => Parser.ParseDocument(File.ReadAllText(file));

    /// <summary>Every href/src/action of a document.</summary>
    public static IEnumerable<string> Links(IDocument doc) =>
        doc.All.SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src"), e.GetAttribute("action") }).OfType<string>();
}
