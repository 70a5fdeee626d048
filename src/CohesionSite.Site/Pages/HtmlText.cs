using System.Globalization;
using System.Net;

namespace CohesionSite.Site.Pages;

/// <summary>
/// Sentences of the interface text that hold a link: templates escape every string they write, so a
/// sentence with a link in it is made here, the sentence escaped first and its <c>{0}</c>, <c>{1}</c> …
/// then replaced by the links, so the link sits where the translation puts it.
/// </summary>
internal static class HtmlText
{
    /// <summary>The escaped sentence with each <c>{n}</c> replaced by the HTML given for it.</summary>
    public static Rendering.HtmlString Format(string pattern, params string[] html)
    {
        var escaped = WebUtility.HtmlEncode(pattern);
        for (var i = 0; i < html.Length; i++)
        {
            escaped = escaped.Replace("{" + i.ToString(CultureInfo.InvariantCulture) + "}", html[i], StringComparison.Ordinal);
        }

        return new Rendering.HtmlString(escaped);
    }

    /// <summary>A link with escaped URL and text (<paramref name="attributes"/> is markup written as given, such as <c> download</c>).</summary>
    public static string Link(string url, string text, string attributes = "") =>
        $"<a href=\"{WebUtility.HtmlEncode(url)}\"{attributes}>{WebUtility.HtmlEncode(text)}</a>";
}
