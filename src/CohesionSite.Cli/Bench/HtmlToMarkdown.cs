using System.Text;
using System.Text.RegularExpressions;

namespace CohesionSite.Cli.Bench;

/// <summary>
/// Turns the main part of one of our built pages into Markdown of the same text, headings, lists,
/// tables and links, so Hugo renders the same content (not a lorem-ipsum stand-in) in the comparison.
/// Entities are kept as written: Markdown passes them through. SVG charts and scripts are dropped.
/// </summary>
internal static partial class HtmlToMarkdown
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "dl", "dt", "dd", "caption", "figcaption", "figure", "summary", "details", "blockquote", "ul", "ol", "form", "fieldset", "legend", "label", "nav",
    };

    /// <summary>The page's title (its first h1, else its title element).</summary>
    public static string Title(string html)
    {
        var m = H1Regex().Match(html);
        var raw = m.Success ? m.Groups[1].Value : TitleRegex().Match(html).Groups[1].Value;
        return TagRegex().Replace(raw, string.Empty).Trim();
    }

    /// <summary>Markdown for the content of <c>&lt;main&gt;</c> (the whole body when there is none), without its h1.</summary>
    public static string Convert(string html)
    {
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var end = html.LastIndexOf("</main>", StringComparison.Ordinal);
        var main = start >= 0 && end > start ? html[start..end] : html;
        main = DropRegex().Replace(main, string.Empty);
        var w = new Writer();
        var position = 0;
        foreach (Match tag in TagRegex().Matches(main))
        {
            w.Text(main[position..tag.Index]);
            position = tag.Index + tag.Length;
            var name = tag.Groups[2].Value.ToLowerInvariant();
            var closing = tag.Groups[1].Length > 0;
            w.Tag(name, closing, tag.Value);
        }

        w.Text(main[position..]);
        w.Flush();
        return w.ToString();
    }

    [GeneratedRegex("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>")]
    private static partial Regex TagRegex();

    [GeneratedRegex("<(script|style|svg|template)[^>]*>.*?</\\1>", RegexOptions.Singleline)]
    private static partial Regex DropRegex();

    [GeneratedRegex("<h1[^>]*>(.*?)</h1>", RegexOptions.Singleline)]
    private static partial Regex H1Regex();

    [GeneratedRegex("<title>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex TitleRegex();

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex HrefRegex();

    [GeneratedRegex("\\s+")]
    private static partial Regex SpaceRegex();

    /// <summary>Accumulates Markdown one line at a time.</summary>
    private sealed class Writer
    {
        private readonly StringBuilder _out = new();
        private readonly StringBuilder _line = new();
        private readonly Stack<string?> _hrefs = new();
        private bool _inH1;
        private int _row = -1;
        private int _cells;

        public void Text(string text)
        {
            if (_inH1 || text.Length == 0)
            {
                return;
            }

            var t = SpaceRegex().Replace(text, " ");
            if (_row >= 0)
            {
                t = t.Replace("|", "&#124;", StringComparison.Ordinal);
            }

            if (_line.Length == 0 || _line[^1] == ' ')
            {
                t = t.TrimStart();
            }

            _line.Append(t);
        }

        public void Tag(string name, bool closing, string raw)
        {
            switch (name)
            {
                case "h1":
                    _inH1 = !closing;
                    break;
                case "h2" or "h3" or "h4" or "h5" or "h6" when _row < 0:
                    Flush();
                    if (!closing)
                    {
                        _line.Append('#', name[1] - '0').Append(' ');
                    }

                    break;
                case "li" when _row < 0:
                    Flush();
                    if (!closing)
                    {
                        _line.Append("- ");
                    }

                    break;
                case "table":
                    Flush();
                    _row = closing ? -1 : 0;
                    if (closing)
                    {
                        _out.Append('\n');
                    }

                    break;
                case "tr" when _row >= 0:
                    if (closing)
                    {
                        EndRow();
                    }
                    else
                    {
                        Flush();
                        _line.Append('|');
                        _cells = 0;
                    }

                    break;
                case "td" or "th" when _row >= 0:
                    if (closing)
                    {
                        _line.Append(" |");
                        _cells++;
                    }
                    else
                    {
                        _line.Append(' ');
                    }

                    break;
                case "a":
                    if (closing)
                    {
                        if (_hrefs.TryPop(out var href) && href is not null)
                        {
                            _line.Append("](").Append(href).Append(')');
                        }
                    }
                    else
                    {
                        var m = HrefRegex().Match(raw);
                        _hrefs.Push(m.Success && m.Groups[1].Value.Length > 0 ? m.Groups[1].Value : null);
                        if (m.Success && m.Groups[1].Value.Length > 0)
                        {
                            _line.Append('[');
                        }
                    }

                    break;
                case "br":
                    _line.Append(' ');
                    break;
                default:
                    if (Blocks.Contains(name) && _row < 0)
                    {
                        Flush();
                    }

                    break;
            }
        }

        public void Flush()
        {
            var text = _line.ToString().Trim();
            _line.Clear();
            if (text.Length > 0 && text != "-" && !text.All(c => c == '#' || c == ' '))
            {
                _out.Append(text).Append("\n\n");
            }
        }

        public override string ToString() => _out.ToString();

        private void EndRow()
        {
            var text = _line.ToString().Trim();
            _line.Clear();
            _out.Append(text).Append('\n');
            if (_row == 0)
            {
                // Markdown tables need a delimiter row after the header row.
                _out.Append('|');
                for (var i = 0; i < Math.Max(1, _cells); i++)
                {
                    _out.Append(" --- |");
                }

                _out.Append('\n');
            }

            _row++;
        }
    }
}
