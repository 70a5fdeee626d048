namespace CohesionSite.Content.Yaml;

/// <summary>
/// Finds the character that really broke a YAML file once the parser has given up. YamlDotNet
/// reports where its scanner noticed trouble, which can be far from the cause: a tab used for
/// indentation on line 59 is reported at 1:1, an unclosed quote at the end of the file, an
/// unclosed bracket at the next key. This pass reads the text line by line, the way an editor
/// sees it, and names the first line whose indentation, quote or bracket cannot be right.
/// </summary>
/// <remarks>
/// It only runs after the parser failed, so it may be simple: it never decides whether a file is
/// valid, only where to point. When it finds nothing, the parser's own position and message stand.
/// </remarks>
internal static class SyntaxCulprit
{
    /// <summary>A cause: 1-based line and column, and what is wrong there.</summary>
    public readonly record struct Cause(int Line, int Column, string Message);

    /// <summary>
    /// The cause of the parse failure the parser reported at <paramref name="reportedLine"/> with
    /// <paramref name="parserMessage"/>; null when no better place is known.
    /// </summary>
    public static Cause? Find(string text, int reportedLine, string parserMessage)
    {
        var lines = text.Split('\n');
        var scan = new LineScan(lines);
        var tab = scan.FirstTabIndent();
        if (tab is { } t && (parserMessage.Contains("tab", StringComparison.OrdinalIgnoreCase) || t.Line <= reportedLine))
        {
            return t;
        }

        var open = scan.FirstUnclosed();
        if (open is { } o && o.Line <= Math.Max(reportedLine, 1))
        {
            return o;
        }

        if (open is { } atEnd && reportedLine >= lines.Length - 1)
        {
            return atEnd;
        }

        return scan.FirstBadIndent(reportedLine);
    }

    /// <summary>The structural view of the lines: which are block-scalar text (skipped), and the indentation of the rest.</summary>
    private sealed class LineScan
    {
        private readonly string[] _lines;
        private readonly bool[] _scalarText;

        public LineScan(string[] lines)
        {
            _lines = lines;
            _scalarText = MarkBlockScalars(lines);
        }

        /// <summary>The first tab in the leading white space of a structural line.</summary>
        public Cause? FirstTabIndent()
        {
            for (var i = 0; i < _lines.Length; i++)
            {
                var line = _lines[i].TrimEnd('\r');
                var lead = LeadingWhitespace(line);
                var tab = line.AsSpan(0, lead).IndexOf('\t');
                if (tab >= 0 && lead < line.Length && !_scalarText[i])
                {
                    return new Cause(i + 1, tab + 1, "a tab is used for indentation here; YAML indents with spaces only (replace the tab with spaces)");
                }

                // A tab right after "- " or "key:" before the value is indentation too, for the item's own keys.
                var dash = line.AsSpan(lead);
                if (!_scalarText[i] && dash.StartsWith("-\t"))
                {
                    return new Cause(i + 1, lead + 2, "a tab is used for indentation after '-'; YAML indents with spaces only (replace the tab with a space)");
                }
            }

            return null;
        }

        /// <summary>The first quote or bracket that opens a value and is never closed (or not before the next key).</summary>
        public Cause? FirstUnclosed()
        {
            for (var i = 0; i < _lines.Length; i++)
            {
                if (_scalarText[i])
                {
                    continue;
                }

                var line = _lines[i].TrimEnd('\r');
                var start = ValueStart(line);
                if (start < 0 || start >= line.Length)
                {
                    continue;
                }

                var c = line[start];
                if (c is '"' or '\'')
                {
                    if (QuoteEnd(line, start + 1, c) < 0)
                    {
                        // Quoted text may go on over lines, but not past the next line that looks like a key or an item.
                        if (!ClosesLater(i, c))
                        {
                            return new Cause(i + 1, start + 1, $"the quoted text opened here with {c} is not closed; expected a closing {c} on this line");
                        }
                    }
                }
                else if (c is '[' or '{' && FlowProblem(i, start) is { } problem)
                {
                    return problem;
                }
            }

            return null;
        }

        /// <summary>
        /// The first structural line at or before the reported one whose indentation matches no
        /// enclosing block (a dedent to a column nothing started at), or that is indented under a
        /// key that already has a value on its own line.
        /// </summary>
        public Cause? FirstBadIndent(int reportedLine)
        {
            var levels = new List<int>();
            var previousIndent = -1;
            var previousOpens = true;
            string? previousKey = null;
            for (var i = 0; i < _lines.Length && i < reportedLine + 1; i++)
            {
                var line = _lines[i].TrimEnd('\r');
                var lead = LeadingWhitespace(line);
                if (_scalarText[i] || lead >= line.Length || line[lead] == '#' || line.StartsWith("---", StringComparison.Ordinal))
                {
                    continue;
                }

                if (previousIndent >= 0 && lead > previousIndent && !previousOpens && previousKey is not null)
                {
                    return new Cause(i + 1, lead + 1, $"this line is indented further than '{previousKey}' above it, which already has a value; indent it to column {previousIndent + 1} to add a key beside '{previousKey}'");
                }

                while (levels.Count > 0 && levels[^1] > lead)
                {
                    levels.RemoveAt(levels.Count - 1);
                }

                if (levels.Count > 0 && levels[^1] < lead && previousIndent >= 0 && lead < previousIndent)
                {
                    var expected = string.Join(" or ", levels.Where(l => l < previousIndent).Select(l => (l + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).Reverse().Take(2));
                    return new Cause(i + 1, lead + 1, $"this line's indentation matches no block above it; expected it to start at column {expected}");
                }

                if (levels.Count == 0 || levels[^1] < lead)
                {
                    levels.Add(lead);
                }

                // "- key: value" also opens a block at the key's column.
                var body = line.AsSpan(lead);
                var itemKey = 0;
                while (body.Length > itemKey + 1 && body[itemKey] == '-' && body[itemKey + 1] == ' ')
                {
                    itemKey += 2;
                    while (itemKey < body.Length && body[itemKey] == ' ')
                    {
                        itemKey++;
                    }
                }

                if (itemKey > 0 && itemKey < body.Length)
                {
                    levels.Add(lead + itemKey);
                }

                var key = KeyOf(line, lead + itemKey);
                var valueStart = ValueStart(line);
                previousIndent = itemKey > 0 ? lead + itemKey : lead;
                previousKey = key;
                previousOpens = key is null || valueStart < 0 || valueStart >= line.Length || line[valueStart] is '|' or '>' or '&' or '!' or '#';
            }

            return null;
        }

        private bool ClosesLater(int index, char quote)
        {
            for (var j = index + 1; j < _lines.Length; j++)
            {
                var line = _lines[j].TrimEnd('\r');
                var end = QuoteEnd(line, 0, quote);
                var lead = LeadingWhitespace(line);

                // A line that reads as the next key or item (before any closing quote) means the quote ran on by mistake.
                var colon = lead < line.Length && KeyOf(line, lead) is not null ? KeyColon(line, lead) : -1;
                if ((colon >= 0 && (end < 0 || colon < end)) || line.AsSpan(lead).StartsWith("- "))
                {
                    return false;
                }

                if (end >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Null when the flow collection opened at <paramref name="start"/> closes; else the quote left open inside it, or its opening bracket.</summary>
        private Cause? FlowProblem(int index, int start)
        {
            var depth = 0;
            var quote = '\0';
            var quoteAt = (Line: 0, Column: 0);
            var opener = _lines[index][start];
            for (var j = index; j < _lines.Length; j++)
            {
                var line = _lines[j].TrimEnd('\r');
                if (j > index)
                {
                    var lead = LeadingWhitespace(line);
                    if (depth > 0 && lead < line.Length && KeyOf(line, lead) is not null && LeadingWhitespace(_lines[index]) >= lead)
                    {
                        // The next key of the enclosing block: the collection (or a quote in it) was never closed.
                        break;
                    }
                }

                for (var k = j == index ? start : 0; k < line.Length; k++)
                {
                    var ch = line[k];
                    if (quote != '\0')
                    {
                        if (ch == '\\' && quote == '"')
                        {
                            k++;
                        }
                        else if (ch == quote)
                        {
                            quote = '\0';
                        }

                        continue;
                    }

                    switch (ch)
                    {
                        case '"' or '\'':
                            quote = ch;
                            quoteAt = (j + 1, k + 1);
                            break;
                        case '[' or '{':
                            depth++;
                            break;
                        case ']' or '}':
                            depth--;
                            if (depth == 0)
                            {
                                return null;
                            }

                            break;
                        case '#' when k > 0 && line[k - 1] == ' ':
                            k = line.Length;
                            break;
                    }
                }
            }

            if (quote != '\0')
            {
                return new Cause(quoteAt.Line, quoteAt.Column, $"the quoted text opened here with {quote} is not closed; expected a closing {quote} before the end of the list");
            }

            var what = opener == '[' ? "flow list '[…]'" : "flow mapping '{…}'";
            return new Cause(index + 1, start + 1, $"the {what} opened here is not closed; expected '{(opener == '[' ? ']' : '}')}'");
        }
    }

    /// <summary>Marks the lines that are the text of a literal or folded block scalar (<c>|</c>, <c>&gt;</c>), where tabs and quotes are just text.</summary>
    private static bool[] MarkBlockScalars(string[] lines)
    {
        var text = new bool[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var v = ValueStart(line);
            if (v < 0 || v >= line.Length || line[v] is not ('|' or '>'))
            {
                continue;
            }

            var header = line.AsSpan(v + 1).TrimEnd();
            var comment = header.IndexOf('#');
            if (comment >= 0)
            {
                header = header[..comment].TrimEnd();
            }

            if (header.IndexOfAnyExcept("+-123456789") >= 0)
            {
                continue;
            }

            var parent = LeadingWhitespace(line);
            for (var j = i + 1; j < lines.Length; j++)
            {
                var next = lines[j].TrimEnd('\r');
                var lead = LeadingSpaces(next);
                if (next.Trim().Length > 0 && lead <= parent)
                {
                    break;
                }

                text[j] = true;
                i = j;
            }
        }

        return text;
    }

    /// <summary>Where the value of a <c>key: value</c> or <c>- value</c> line starts; -1 when the line has none.</summary>
    private static int ValueStart(string line)
    {
        var i = LeadingWhitespace(line);
        while (i + 1 < line.Length && line[i] == '-' && line[i + 1] is ' ' or '\t')
        {
            i += 2;
            while (i < line.Length && line[i] is ' ' or '\t')
            {
                i++;
            }
        }

        if (i >= line.Length)
        {
            return -1;
        }

        if (line[i] is '"' or '\'' or '[' or '{' or '|' or '>')
        {
            // An item or a document that is itself the quoted or flow value (unless it is a quoted key).
            if (line[i] is '"' or '\'')
            {
                var end = QuoteEnd(line, i + 1, line[i]);
                if (end >= 0 && end + 1 < line.Length && line[end + 1] == ':')
                {
                    return SkipToValue(line, end + 2);
                }
            }

            return i;
        }

        var colon = KeyColon(line, i);
        return colon < 0 ? -1 : SkipToValue(line, colon + 1);
    }

    private static int SkipToValue(string line, int from)
    {
        while (from < line.Length && line[from] is ' ' or '\t')
        {
            from++;
        }

        return from;
    }

    /// <summary>The key of a plain <c>key: …</c> line starting at <paramref name="at"/>, or null.</summary>
    private static string? KeyOf(string line, int at)
    {
        if (at >= line.Length || line[at] is '-' or '#' or '"' or '\'' or '[' or '{')
        {
            return null;
        }

        var colon = KeyColon(line, at);
        return colon < 0 ? null : line[at..colon];
    }

    /// <summary>The colon ending a plain key (followed by a space or the end of line), before any comment; -1 when none.</summary>
    private static int KeyColon(string line, int from)
    {
        for (var k = from; k < line.Length; k++)
        {
            if (line[k] == '#' && k > from && line[k - 1] == ' ')
            {
                return -1;
            }

            if (line[k] == ':' && (k + 1 == line.Length || line[k + 1] is ' ' or '\t'))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Index of the quote closing a scalar opened before <paramref name="from"/>; -1 when not on this line.</summary>
    private static int QuoteEnd(string line, int from, char quote)
    {
        for (var k = from; k < line.Length; k++)
        {
            if (quote == '"' && line[k] == '\\')
            {
                k++;
                continue;
            }

            if (line[k] == quote)
            {
                if (quote == '\'' && k + 1 < line.Length && line[k + 1] == '\'')
                {
                    k++;
                    continue;
                }

                return k;
            }
        }

        return -1;
    }

    private static int LeadingWhitespace(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }

    private static int LeadingSpaces(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }

        return i;
    }
}
