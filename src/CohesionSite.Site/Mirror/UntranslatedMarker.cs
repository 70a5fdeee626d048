using System.Collections.Frozen;
using System.Net;
using System.Text;

namespace CohesionSite.Site.Mirror;

/// <summary>
/// Marks, on a mirror's pages, the text shown in the original language: a value that is such a text
/// as a whole, and each such phrase quoted inside a sentence of the page's language ("Dangosydd
/// <c>&lt;span lang="en"&gt;</c>Feeling of belonging<c>&lt;/span&gt;</c>: …"), so a screen reader
/// switches voice for exactly the English words.
/// </summary>
internal sealed class UntranslatedMarker
{
    private readonly FrozenSet<string> _whole;
    // Phrases of two words or more, by their first word, longest first: a sentence is scanned word
    // by word, so a page costs one lookup per word however many texts the mirror leaves untranslated.
    // Single words are matched only as whole values: a lone "Cabinet" is Welsh as well as English.
    private readonly FrozenDictionary<string, string[]> _phrasesByFirstWord;
    private readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates the marker for <paramref name="texts"/>, shown in <paramref name="language"/>.</summary>
    public UntranslatedMarker(IEnumerable<string> texts, string language)
    {
        Language = language;
        _whole = texts.ToFrozenSet(StringComparer.Ordinal);
        _phrasesByFirstWord = _whole
            .Where(t => t.Length <= MaxPhrase && t.AsSpan().Trim().Length == t.Length && t.Contains(' ') && char.IsLetterOrDigit(t[0]))
            .GroupBy(t => t[..WordEnd(t, 0)], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(t => t.Length).ToArray(), StringComparer.Ordinal);
        _lookup = _phrasesByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // Longer texts are paragraphs, never quoted inside a sentence (a long priority title still is).
    private const int MaxPhrase = 2000;

    // A quote cut short ("Engaging with the local community who have lived in Wrexh...") is marked
    // when what is left of it is this long at least and begins an untranslated text.
    private const int MinCutQuote = 16;

    /// <summary>The language the untranslated text is in (<c>en</c>).</summary>
    public string Language { get; }

    /// <summary>True when <paramref name="text"/> as a whole is shown untranslated.</summary>
    public bool IsWhole(string text) => _whole.Contains(text);

    /// <summary>
    /// <paramref name="text"/> as escaped HTML with its untranslated part(s) wrapped in
    /// <c>&lt;span lang="…"&gt;</c>; null when it has none (the caller escapes it as usual).
    /// </summary>
    public string? Mark(string text)
    {
        if (_whole.Contains(text))
        {
            return Span(WebUtility.HtmlEncode(text));
        }

        StringBuilder? html = null;
        var written = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsLetterOrDigit(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                continue;
            }

            var end = WordEnd(text, i);
            if (!_lookup.TryGetValue(text.AsSpan(i, end - i), out var phrases))
            {
                i = end - 1;
                continue;
            }

            var match = Array.Find(phrases, p => text.AsSpan(i).StartsWith(p, StringComparison.Ordinal) && (i + p.Length == text.Length || !char.IsLetterOrDigit(text[i + p.Length])))
                ?? CutQuote(text, i, phrases);
            if (match is null)
            {
                i = end - 1;
                continue;
            }

            html ??= new StringBuilder(text.Length + 32);
            html.Append(WebUtility.HtmlEncode(text[written..i])).Append(Span(WebUtility.HtmlEncode(match)));
            written = i + match.Length;
            i = written - 1;
        }

        return html?.Append(WebUtility.HtmlEncode(text[written..])).ToString();
    }

    /// <summary>
    /// Markup our own code made (rendered Markdown, a finding's message) with the untranslated text
    /// in its text nodes marked as <see cref="Mark"/> does. What is already marked with a language,
    /// and elements that hold no spans (svg, title, script, style, textarea), are left as they are.
    /// </summary>
    public string MarkHtml(string html)
    {
        StringBuilder? result = null;
        var written = 0;
        string? skipping = null;
        var depth = 0;
        // The last start tag: an svg <title> or <desc> wholly untranslated gets the language as an attribute.
        var (lastName, lastClose) = (string.Empty, -1);
        for (var i = 0; i < html.Length;)
        {
            if (html[i] == '<')
            {
                var close = html.IndexOf('>', i);
                if (close < 0)
                {
                    break;
                }

                var (name, closing, selfClosing, hasLang) = Tag(html, i, close);
                (lastName, lastClose) = closing || hasLang ? (string.Empty, -1) : (name, close);
                if (skipping is null)
                {
                    if (!closing && !selfClosing && !Void.Contains(name) && (hasLang || Opaque.Contains(name)))
                    {
                        (skipping, depth) = (name, 1);
                    }
                }
                else if (name == skipping && !selfClosing)
                {
                    depth += closing ? -1 : 1;
                    skipping = depth == 0 ? null : skipping;
                }

                i = close + 1;
                continue;
            }

            var next = html.IndexOf('<', i);
            next = next < 0 ? html.Length : next;
            if (skipping is null && Mark(WebUtility.HtmlDecode(html[i..next])) is { } marked)
            {
                result ??= new StringBuilder(html.Length + 64);
                result.Append(html, written, i - written).Append(marked);
                written = next;
            }
            else if (skipping == "svg" && lastName is "title" or "desc" && lastClose >= written && IsWhole(WebUtility.HtmlDecode(html[i..next])))
            {
                result ??= new StringBuilder(html.Length + 64);
                result.Append(html, written, lastClose - written).Append(" lang=\"").Append(Language).Append('"');
                written = lastClose;
            }

            i = next;
        }

        return result is null ? html : result.Append(html, written, html.Length - written).ToString();
    }

    private static readonly FrozenSet<string> Void = FrozenSet.ToFrozenSet(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"], StringComparer.Ordinal);

    // Elements whose text cannot hold a span (or is not read as page text).
    private static readonly FrozenSet<string> Opaque = FrozenSet.ToFrozenSet(["svg", "math", "title", "script", "style", "textarea", "code", "pre"], StringComparer.Ordinal);

    private static (string Name, bool Closing, bool SelfClosing, bool HasLang) Tag(string html, int open, int close)
    {
        var closing = open + 1 < close && html[open + 1] == '/';
        var start = open + (closing ? 2 : 1);
        var end = start;
        while (end < close && (char.IsAsciiLetterOrDigit(html[end]) || html[end] == '-'))
        {
            end++;
        }

        var attributes = html.AsSpan(end, close - end);
        return (html[start..end].ToLowerInvariant(), closing, html[close - 1] == '/', attributes.Contains(" lang=", StringComparison.Ordinal));
    }

    // The quoted start of an untranslated text up to and with its ellipsis, if that is what follows i.
    private static string? CutQuote(string text, int i, string[] phrases)
    {
        var dots = text.IndexOf("...", i, StringComparison.Ordinal);
        if (dots - i < MinCutQuote)
        {
            return null;
        }

        var start = text.AsSpan(i, dots - i);
        foreach (var p in phrases)
        {
            if (p.AsSpan().StartsWith(start, StringComparison.Ordinal))
            {
                return text.Substring(i, dots - i + 3);
            }
        }

        return null;
    }

    private string Span(string html) => $"<span lang=\"{Language}\">{html}</span>";

    private static int WordEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return end;
    }
}
