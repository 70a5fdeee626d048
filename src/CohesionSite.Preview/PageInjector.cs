using System.Net;
using System.Text;

namespace CohesionSite.Preview;

/// <summary>
/// Adds the preview's parts to an HTML page as it is served (never to the files): the error overlay,
/// server-rendered so it shows without JavaScript, and the reload script.
/// </summary>
public static class PageInjector
{
    /// <summary>The page with the overlay (when there are errors) and the reload script inserted before <c>&lt;/body&gt;</c>.</summary>
    public static string Inject(string html, IReadOnlyList<string> errors, long version)
    {
        var insert = Overlay(errors) + $"<script src=\"{PreviewAssets.ReloadScript}\" data-version=\"{version}\" defer></script>\n";
        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + insert : html.Insert(at, insert);
    }

    /// <summary>The overlay listing every error, or nothing when the last build was good.</summary>
    public static string Overlay(IReadOnlyList<string> errors)
    {
        if (errors.Count == 0)
        {
            return string.Empty;
        }

        var sb = new StringBuilder()
            .Append("<aside id=\"cohesion-overlay\" class=\"cohesion-overlay\" aria-labelledby=\"cohesion-overlay-title\">\n")
            .Append("<link rel=\"stylesheet\" href=\"").Append(PreviewAssets.OverlayCss).Append("\">\n")
            .Append("<h2 id=\"cohesion-overlay-title\">Preview: the last edit did not build</h2>\n")
            .Append("<p>The site shows the last good build. Fix ").Append(errors.Count == 1 ? "this error" : $"these {errors.Count} errors")
            .Append(" and save; the page reloads by itself.</p>\n<ul>\n");
        foreach (var e in errors)
        {
            sb.Append("<li>").Append(WebUtility.HtmlEncode(e)).Append("</li>\n");
        }

        return sb.Append("</ul>\n</aside>\n").ToString();
    }

    /// <summary>A whole page for when there is no good build yet: only the errors (or a note that the first build is running).</summary>
    public static string Standalone(IReadOnlyList<string> errors, long version) => Inject($"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Preview</title></head>
        <body>
        <main><h1>Preview</h1><p>{(errors.Count == 0 ? "The site is being built." : "The site could not be built yet.")}</p></main>
        </body>
        </html>
        """, errors, version);
}
