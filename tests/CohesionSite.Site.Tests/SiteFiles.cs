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

/// <summary>Reads the built search index's entries (from its chunk files, in order).</summary>
public static class SearchFiles
{
    /// <summary>Every entry's JSON object (t title, u link, p place number, x text), in index order; of a mirror's index for a language.</summary>
    public static System.Text.Json.JsonElement[] Entries(string output, string language = "") =>
        Directory.GetFiles(language.Length == 0 ? Path.Combine(output, "assets", "search") : Path.Combine(output, "assets", language, "search"), "entries-*.js")
            .OrderBy(f => int.Parse(Path.GetFileNameWithoutExtension(f)["entries-".Length..], System.Globalization.CultureInfo.InvariantCulture))
            .SelectMany(f =>
            {
                var js = File.ReadAllText(f);
                return System.Text.Json.JsonDocument.Parse(js[(js.IndexOf("]=", StringComparison.Ordinal) + 2)..].TrimEnd().TrimEnd(';')).RootElement.EnumerateArray().ToArray();
            })
            .ToArray();

    /// <summary>All the search index's files as one text.</summary>
    public static string AllText(string output) =>
        File.ReadAllText(Path.Combine(output, "assets", "search-index.js"))
        + string.Concat(Directory.GetFiles(Path.Combine(output, "assets", "search")).Order(StringComparer.Ordinal).Select(File.ReadAllText));
}
