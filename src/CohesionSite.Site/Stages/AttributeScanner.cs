using System.Net;

namespace CohesionSite.Site.Stages;

/// <summary>
/// Finds the <c>id</c> and link attributes (<c>href</c>, <c>src</c>, <c>action</c>) of a rendered page
/// for the link check. Our templates always write <c>name="value"</c> after whitespace, so a search
/// for <c>="</c> (vectorised <see cref="MemoryExtensions.IndexOf{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/>)
/// and a look at the name before it replaces two regular expressions that cost more than writing the page.
/// </summary>
internal static class AttributeScanner
{
    /// <summary>Every id and every distinct link of <paramref name="html"/>, entity-decoded.</summary>
    public static (HashSet<string> Ids, List<string> Links) Scan(string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var span = html.AsSpan();
        var at = 0;
        while (true)
        {
            var eq = span[at..].IndexOf("=\"");
            if (eq < 0)
            {
                break;
            }

            eq += at;
            var valueStart = eq + 2;
            var close = span[valueStart..].IndexOf('"');
            if (close < 0)
            {
                break;
            }

            var kind = NameBefore(span, eq);
            if (kind != Kind.None)
            {
                var raw = span.Slice(valueStart, close);
                var value = raw.Contains('&') ? WebUtility.HtmlDecode(raw.ToString()) : raw.ToString();
                if (kind == Kind.Id)
                {
                    ids.Add(value);
                }
                else if (seen.Add(value))
                {
                    links.Add(value);
                }
            }

            at = valueStart + close + 1;
        }

        return (ids, links);
    }

    private enum Kind
    {
        None,
        Id,
        Link,
    }

    /// <summary>Which attribute ends just before <paramref name="eq"/>, when it is preceded by whitespace.</summary>
    private static Kind NameBefore(ReadOnlySpan<char> html, int eq)
    {
        if (Ends(html, eq, "id"))
        {
            return Kind.Id;
        }

        return Ends(html, eq, "href") || Ends(html, eq, "src") || Ends(html, eq, "action") ? Kind.Link : Kind.None;
    }

    private static bool Ends(ReadOnlySpan<char> html, int eq, string name)
    {
        var start = eq - name.Length;
        return start >= 1 && html.Slice(start, name.Length).SequenceEqual(name) && char.IsWhiteSpace(html[start - 1]);
    }
}
