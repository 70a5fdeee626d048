using System.Text;
using System.Text.RegularExpressions;

namespace CohesionSite.Site.Rendering;

/// <summary>
/// The GOV.UK "contents list" for long pages: a template puts the marker where the list belongs,
/// and the list links to every h2 with an id that follows it in the rendered body. Built from the
/// rendered page so it can never disagree with the headings it lists.
/// </summary>
public static partial class ContentsList
{
    /// <summary>What a template writes where the contents list goes.</summary>
    public const string Marker = "<!-- contents -->";

    /// <summary>Fewer sections than this make no list: a short page needs none.</summary>
    public const int MinimumSections = 4;

    /// <summary>Replaces the marker with the contents list (or with nothing when the page has too few sections).</summary>
    public static string Insert(string body)
    {
        var at = body.IndexOf(Marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return body;
        }

        var headings = H2().Matches(body, at).ToArray();
        var list = new StringBuilder();
        if (headings.Length >= MinimumSections)
        {
            list.Append("<nav class=\"contents-list\" aria-labelledby=\"contents-list-h\">\n<h2 id=\"contents-list-h\" class=\"contents-list-title\">Contents</h2>\n<ol class=\"contents-list-items\">\n");
            foreach (var h in headings)
            {
                // The heading's inner HTML is our own escaped output; ids come from Links.Anchor.
                list.Append("<li><a href=\"#").Append(h.Groups["id"].Value).Append("\">").Append(h.Groups["text"].Value.Trim()).Append("</a></li>\n");
            }

            list.Append("</ol>\n</nav>");
        }

        return string.Concat(body.AsSpan(0, at), list.ToString(), body.AsSpan(at + Marker.Length));
    }

    [GeneratedRegex("<h2 id=\"(?<id>[^\"]+)\"[^>]*>(?<text>.*?)</h2>", RegexOptions.Singleline)]
    private static partial Regex H2();
}
