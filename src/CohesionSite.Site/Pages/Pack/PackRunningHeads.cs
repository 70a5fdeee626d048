using System.Globalization;
using System.Text;

namespace CohesionSite.Site.Pages.Pack;

/// <summary>
/// The pack's running heads. Chromium prints text in page margins only from <c>@page</c> margin
/// boxes with literal strings (no <c>string-set</c>), so each pack carries a small style block with
/// its own place and dates; every character but letters, digits and spaces is a CSS escape (hex, then the space that ends it), so no
/// content can end the string, the rule or the style element.
/// </summary>
internal static class PackRunningHeads
{
    /// <summary>The style block's CSS: head left and right, foot left (the page numbers are in pack.css).</summary>
    public static Rendering.HtmlString Style(string headLeft, string headRight, string footLeft) => new(
        $"@page pack {{ @top-left {{ content: {Quote(headLeft)}; }} @top-right {{ content: {Quote(headRight)}; }} @bottom-left {{ content: {Quote(footLeft)}; }} }}"
        + " @page pack:first { @top-left { content: none; } @top-right { content: none; } }");

    /// <summary>A CSS string literal of <paramref name="text"/>.</summary>
    internal static string Quote(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or ' ')
            {
                sb.Append((char)rune.Value);
            }
            else
            {
                // The space ends the escape and is consumed by it (CSS eats one space after any hex escape).
                sb.Append('\\').Append(rune.Value.ToString("X", CultureInfo.InvariantCulture)).Append(' ');
            }
        }

        return sb.Append('"').ToString();
    }
}
