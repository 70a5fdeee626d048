using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace CohesionSite.Tools.Bench;

/// <summary>
/// Turns the main part of one of our built pages into Markdown of the same text, headings, lists,
/// tables and links, so Hugo renders the same content (not a lorem-ipsum stand-in) in the comparison.
/// The page is parsed with AngleSharp (an HTML5 parser, as a browser would), then its tree is walked;
/// text is written back with <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> as entities so Markdown shows
/// it as text, never as markup. SVG charts, scripts, styles and templates are dropped.
/// </summary>
internal static class HtmlToMarkdown
{
    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "dl", "dt", "dd", "caption", "figcaption", "figure", "summary", "details", "blockquote", "ul", "ol", "form", "fieldset", "legend", "label", "nav",
    };

    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal) { "script", "style", "svg", "template" };

    /// <summary>The page's title (the text of its first h1, else its title element).</summary>
    public static string Title(string html)
    {
        var document = Parser.ParseDocument(html);
        var text = document.QuerySelector("h1")?.TextContent ?? document.Title ?? string.Empty;
        return Collapse(text).Trim();
    }

    /// <summary>Markdown for the content of <c>&lt;main&gt;</c> (the whole body when there is none), without its h1.</summary>
    public static string Convert(string html)
    {
        var document = Parser.ParseDocument(html);
        var root = document.QuerySelector("main") ?? document.Body;
        var w = new Writer();
        if (root is not null)
        {
            foreach (var child in root.ChildNodes)
            {
                Walk(child, w);
            }
        }

        w.Flush();
        return w.ToString();
    }

    private static void Walk(INode node, Writer w)
    {
        switch (node)
        {
            case IText text:
                w.Text(Escape(text.Data));
                break;
            case IElement element when !Dropped.Contains(element.LocalName):
                var name = element.LocalName;
                w.Tag(name, closing: false, element.GetAttribute("href"));
                foreach (var child in element.ChildNodes)
                {
                    Walk(child, w);
                }

                w.Tag(name, closing: true, null);
                break;
        }
    }

    /// <summary>Text as Markdown shows it literally: the three characters that could start markup or an entity as entities.</summary>
    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>Every run of white space as one space (HTML's own rule for text).</summary>
    private static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        if (space)
        {
            sb.Append(' ');
        }

        return sb.ToString();
    }

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

            var t = Collapse(text);
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

        public void Tag(string name, bool closing, string? href)
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
                    else if (_line.Length == 0 || _line[^1] != ' ')
                    {
                        _line.Append(' ');
                    }

                    break;
                case "a":
                    if (closing)
                    {
                        if (_hrefs.TryPop(out var target) && target is not null)
                        {
                            _line.Append("](").Append(target).Append(')');
                        }
                    }
                    else
                    {
                        _hrefs.Push(string.IsNullOrEmpty(href) ? null : href);
                        if (!string.IsNullOrEmpty(href))
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
