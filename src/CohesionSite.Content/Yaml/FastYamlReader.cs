using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;

namespace CohesionSite.Content.Yaml;

/// <summary>
/// A fast reader for the plain subset of YAML our content is written in: block mappings and
/// sequences, one-line plain and quoted scalars, literal block scalars (<c>|</c>, <c>|-</c>),
/// and one-line flow lists and mappings of scalars, with comments. It builds exactly the tree
/// <see cref="YTreeBuilder"/> builds from YamlDotNet's events (same values, styles, lines and
/// columns), several times faster, because it works on whole lines instead of a character
/// scanner and token queue.
/// <para>
/// It never reports an error and never guesses: at the first thing outside the subset (an
/// anchor, a tag, a multi-line plain scalar, a folded scalar, a tab, a duplicate key, anything
/// malformed) it gives up and the caller parses the file with YamlDotNet, which then reports
/// every error with its usual message. Tests compare both readers on the shipped content,
/// generated content and thousands of mutated files.
/// </para>
/// </summary>
internal sealed class FastYamlReader
{
    /// <summary>Characters that send a file to YamlDotNet wherever they appear: controls other than
    /// line feed (tabs, CR), YAML 1.1's extra line breaks, BOMs and surrogates (columns would differ).</summary>
    private static readonly SearchValues<char> Unsupported = SearchValues.Create(BuildUnsupported());

    /// <summary>Characters that cannot start a plain scalar we accept.</summary>
    private static readonly SearchValues<char> PlainStartIndicators = SearchValues.Create("-?:,[]{}#&*!|>'\"%@`");

    /// <summary>Characters a plain scalar inside a flow collection may not contain (we accept no nesting there).</summary>
    private static readonly SearchValues<char> FlowPlainStops = SearchValues.Create(",[]{}:#\"'");

    private const int MaxDepth = 64;

    /// <summary>Above this many keys a mapping checks for duplicates with a hash set; below, a scan is cheaper.</summary>
    private const int LinearKeyCheck = 16;

    // Entries and items of the mappings and lists being read, nested ones above their parent's:
    // each collection is copied into a list of its exact size when it ends, instead of growing
    // a fresh list per collection (list growth was ~6 % of loading 100k actions).
    private readonly List<(YNode Key, YNode Value)> _entryStack = [];
    private readonly List<YNode> _itemStack = [];
    private readonly Dictionary<string, string> _keyTexts = new(StringComparer.Ordinal);
    private readonly ReadOnlyMemory<char> _text;
    private readonly int[] _lineStart;
    private readonly int[] _lineEnd;
    private readonly int _lineCount;

    private FastYamlReader(ReadOnlyMemory<char> text, int[] starts, int[] ends, int lineCount)
    {
        _text = text;
        _lineStart = starts;
        _lineEnd = ends;
        _lineCount = lineCount;
    }

    /// <summary>Thrown to give up on the fast path; caught in <see cref="TryParse(ReadOnlyMemory{char})"/> only.</summary>
    private sealed class NotInSubsetException : Exception;

    /// <summary>The tree of <paramref name="text"/>, or null when the text is outside the subset (use YamlDotNet).</summary>
    public static YNode? TryParse(string text) => TryParse(text.AsMemory());

    /// <summary>
    /// The tree of <paramref name="text"/>, or null when the text is outside the subset. The tree holds
    /// strings of its own, nothing of <paramref name="text"/>, so the caller may reuse the buffer after.
    /// </summary>
    public static YNode? TryParse(ReadOnlyMemory<char> text)
    {
        if (text.Span.IndexOfAny(Unsupported) >= 0)
        {
            return null;
        }

        // The line tables of a 600 KB plan are near the large-object size: pooled, like the file's buffers,
        // so loading a hundred plans sets off no full collections (see YamlFileReader).
        var count = 1 + text.Span.Count('\n');
        var starts = ArrayPool<int>.Shared.Rent(count);
        var ends = ArrayPool<int>.Shared.Rent(count);
        try
        {
            SplitLines(text.Span, starts, ends);
            return new FastYamlReader(text, starts, ends, count).ParseDocument();
        }
        catch (NotInSubsetException)
        {
            return null;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(starts);
            ArrayPool<int>.Shared.Return(ends);
        }
    }

    private static string BuildUnsupported()
    {
        var chars = new List<char>();
        for (var c = 0; c < 0x20; c++)
        {
            if (c != '\n')
            {
                chars.Add((char)c);
            }
        }

        for (var c = 0x7F; c <= 0x9F; c++)
        {
            chars.Add((char)c);
        }

        for (var c = 0xD800; c <= 0xDFFF; c++)
        {
            chars.Add((char)c);
        }

        chars.AddRange(['\u2028', '\u2029', '\uFEFF', '\uFFFE', '\uFFFF']);
        return new string(chars.ToArray());
    }

    private static void SplitLines(ReadOnlySpan<char> text, int[] starts, int[] ends)
    {
        var line = 0;
        var at = 0;
        while (true)
        {
            var nl = text[at..].IndexOf('\n');
            starts[line] = at;
            if (nl < 0)
            {
                ends[line] = text.Length;
                break;
            }

            ends[line] = at + nl;
            line++;
            at += nl + 1;
        }
    }

    private static NotInSubsetException Bail() => new();

    private int LineCount => _lineCount;

    private ReadOnlySpan<char> Line(int line) => _text.Span.Slice(_lineStart[line], _lineEnd[line] - _lineStart[line]);

    /// <summary>Leading spaces of a line.</summary>
    private int Indent(int line) => SkipSpaces(Line(line), 0);

    /// <summary>True for a line that holds nothing but spaces or a comment.</summary>
    private bool IsBlankOrComment(int line)
    {
        var span = Line(line);
        var indent = Indent(line);
        return indent == span.Length || span[indent] == '#';
    }

    /// <summary>The next line at or after <paramref name="line"/> that holds content, or <see cref="LineCount"/>.</summary>
    private int NextContent(int line)
    {
        while (line < LineCount && IsBlankOrComment(line))
        {
            line++;
        }

        return line;
    }

    private YNode? ParseDocument()
    {
        var first = NextContent(0);
        if (first >= LineCount)
        {
            return null; // empty: YamlDotNet reports it
        }

        var indent = Indent(first);
        var span = Line(first);
        if (span[indent..].StartsWith("---") || span[indent..].StartsWith("...") || span[indent] == '%')
        {
            throw Bail();
        }

        var (node, next) = ParseBlock(first, indent, 0);
        if (NextContent(next) < LineCount)
        {
            throw Bail(); // something after the root at a lesser indent: malformed
        }

        return node;
    }

    /// <summary>A block mapping or sequence whose first line is <paramref name="line"/>, indented by <paramref name="indent"/>.</summary>
    private (YNode Node, int Next) ParseBlock(int line, int indent, int depth)
    {
        if (depth > MaxDepth)
        {
            throw Bail();
        }

        return IsSequenceEntry(line, indent)
            ? ParseSequence(line, indent, indentless: false, depth)
            : ParseMapping(line, indent, indent, depth);
    }

    private bool IsSequenceEntry(int line, int indent)
    {
        var span = Line(line);
        return span.Length > indent && span[indent] == '-' && (span.Length == indent + 1 || span[indent + 1] == ' ');
    }

    /// <summary>
    /// A block mapping whose keys stand at column <paramref name="indent"/> (0-based); its first key
    /// is on <paramref name="line"/> at <paramref name="column"/> (after "- " for a mapping in a list item).
    /// </summary>
    private (YNode Node, int Next) ParseMapping(int line, int indent, int column, int depth)
    {
        var firstLine = line;
        var from = _entryStack.Count;
        HashSet<string>? keys = null;
        var at = column;
        while (true)
        {
            var (key, valueAt) = ParseKey(line, at);
            if (IsDuplicate(from, key.Value, ref keys))
            {
                throw Bail(); // duplicate key: YamlDotNet's path reports it
            }

            YNode value;
            int next;
            var rest = RestAfter(line, valueAt);
            if (rest < 0)
            {
                // "key:" with the value on the following lines: a nested block, or a list at the same indent.
                var n = NextContent(line + 1);
                if (n >= LineCount)
                {
                    throw Bail(); // an empty value
                }

                var childIndent = Indent(n);
                if (childIndent > indent)
                {
                    (value, next) = ParseBlock(n, childIndent, depth + 1);
                }
                else if (childIndent == indent && IsSequenceEntry(n, indent))
                {
                    (value, next) = ParseSequence(n, indent, indentless: true, depth + 1);
                }
                else
                {
                    throw Bail(); // an empty value
                }
            }
            else
            {
                (value, next) = ParseInline(line, rest, indent, allowBlockScalar: true);
            }

            _entryStack.Add((key, value));
            next = NextContent(next);
            if (!GoesOn(next, indent))
            {
                return (new YMap(firstLine + 1, column + 1, TakeEntries(from)), next);
            }

            if (IsSequenceEntry(next, indent))
            {
                throw Bail(); // a list where a key belongs
            }

            line = next;
            at = indent;
        }
    }

    /// <summary>A block sequence whose "-" stand at column <paramref name="indent"/>; <paramref name="indentless"/> when it is a mapping value at the mapping's own indent.</summary>
    private (YNode Node, int Next) ParseSequence(int line, int indent, bool indentless, int depth)
    {
        var firstLine = line;
        var from = _itemStack.Count;
        while (true)
        {
            var span = Line(line);
            var itemAt = SkipSpaces(span, indent + 1);

            if (itemAt >= span.Length || span[itemAt] == '#')
            {
                throw Bail(); // "-" with its item on the next lines
            }

            YNode item;
            int next;
            if (IsSequenceEntry(line, itemAt))
            {
                throw Bail(); // "- - x"
            }

            if (LooksLikeKey(span, itemAt))
            {
                (item, next) = ParseMapping(line, itemAt, itemAt, depth + 1);
            }
            else
            {
                (item, next) = ParseInline(line, itemAt, indent, allowBlockScalar: false);
            }

            _itemStack.Add(item);
            next = NextContent(next);
            if (!GoesOn(next, indent))
            {
                return (new YSeq(firstLine + 1, indent + 1, TakeItems(from)), next);
            }

            if (!IsSequenceEntry(next, indent))
            {
                if (indentless)
                {
                    return (new YSeq(firstLine + 1, indent + 1, TakeItems(from)), next); // the enclosing mapping's next key
                }

                throw Bail();
            }

            line = next;
        }
    }

    /// <summary>True when <paramref name="key"/> is already a key of the mapping whose entries start at <paramref name="from"/>.</summary>
    private bool IsDuplicate(int from, string key, ref HashSet<string>? keys)
    {
        if (keys is null)
        {
            var count = _entryStack.Count - from;
            if (count < LinearKeyCheck)
            {
                for (var i = from; i < _entryStack.Count; i++)
                {
                    if (string.Equals(((YScalar)_entryStack[i].Key).Value, key, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                return false;
            }

            keys = new HashSet<string>(StringComparer.Ordinal);
            for (var i = from; i < _entryStack.Count; i++)
            {
                keys.Add(((YScalar)_entryStack[i].Key).Value);
            }
        }

        return !keys.Add(key);
    }

    /// <summary>A block key's text, one string per distinct key in the file: the same few keys repeat on every entry.</summary>
    private string KeyText(ReadOnlySpan<char> key)
    {
        var lookup = _keyTexts.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(key, out var text))
        {
            text = key.ToString();
            lookup[key] = text;
        }

        return text;
    }

    private List<(YNode Key, YNode Value)> TakeEntries(int from)
    {
        var count = _entryStack.Count - from;
        var entries = new List<(YNode Key, YNode Value)>(count);
        entries.AddRange(CollectionsMarshal.AsSpan(_entryStack)[from..]);
        _entryStack.RemoveRange(from, count);
        return entries;
    }

    private List<YNode> TakeItems(int from)
    {
        var count = _itemStack.Count - from;
        var items = new List<YNode>(count);
        items.AddRange(CollectionsMarshal.AsSpan(_itemStack)[from..]);
        _itemStack.RemoveRange(from, count);
        return items;
    }

    /// <summary>
    /// Whether the block indented by <paramref name="indent"/> goes on at content line
    /// <paramref name="next"/>: false at the end or at a lesser indent (the block ends there); a deeper
    /// line after a complete entry is a continuation, which is outside the subset.
    /// </summary>
    private bool GoesOn(int next, int indent)
    {
        if (next >= LineCount)
        {
            return false;
        }

        var nextIndent = Indent(next);
        if (nextIndent > indent)
        {
            throw Bail(); // a continuation line
        }

        return nextIndent == indent;
    }

    /// <summary>Whether a plain key followed by ":" (and a space or the line's end) starts at <paramref name="at"/>.</summary>
    private static bool LooksLikeKey(ReadOnlySpan<char> span, int at)
    {
        var end = KeyEnd(span, at);
        return end > at && end < span.Length && span[end] == ':' && (end + 1 == span.Length || span[end + 1] == ' ');
    }

    /// <summary>The end of a run of key characters (letters, digits, _ $ . / -), starting with a letter, digit, _ or $.</summary>
    private static int KeyEnd(ReadOnlySpan<char> span, int at)
    {
        if (at >= span.Length || !(char.IsAsciiLetterOrDigit(span[at]) || span[at] is '_' or '$'))
        {
            return at;
        }

        var i = at + 1;
        while (i < span.Length && (char.IsAsciiLetterOrDigit(span[i]) || span[i] is '_' or '$' or '.' or '/' or '-'))
        {
            i++;
        }

        return i;
    }

    /// <summary>Reads "key:" at <paramref name="at"/>; returns the key and the column after the colon.</summary>
    private (YScalar Key, int ValueAt) ParseKey(int line, int at)
    {
        var span = Line(line);
        if (!LooksLikeKey(span, at))
        {
            throw Bail();
        }

        var end = KeyEnd(span, at);
        return (new YScalar(line + 1, at + 1, KeyText(span[at..end]), isPlain: true), end + 1);
    }

    /// <summary>The column of the first non-space character at or after <paramref name="at"/>, or -1 when only spaces or a comment remain.</summary>
    private int RestAfter(int line, int at)
    {
        var span = Line(line);
        at = SkipSpaces(span, at);
        return at >= span.Length || span[at] == '#' ? -1 : at;
    }

    /// <summary>
    /// A value that starts on this line at <paramref name="at"/>: a quoted or plain scalar, a flow
    /// list or mapping, or (as a mapping value) a literal block scalar. <paramref name="parentIndent"/>
    /// is the indent of the block that holds it.
    /// </summary>
    private (YNode Node, int Next) ParseInline(int line, int at, int parentIndent, bool allowBlockScalar)
    {
        var span = Line(line);
        switch (span[at])
        {
            case '"' or '\'':
            {
                var (scalar, end) = Quoted(line, span, at);
                ExpectLineEnd(span, end);
                return (scalar, line + 1);
            }

            case '[':
            {
                var (seq, end) = FlowSequence(line, span, at);
                ExpectLineEnd(span, end);
                return (seq, line + 1);
            }

            case '{':
            {
                var (map, end) = FlowMapping(line, span, at);
                ExpectLineEnd(span, end);
                return (map, line + 1);
            }

            case '|' when allowBlockScalar:
                return LiteralBlock(line, at, parentIndent);
        }

        if (PlainStartIndicators.Contains(span[at]))
        {
            throw Bail();
        }

        // A plain scalar runs to the line's end or a " #" comment; it may not hold ": " or end in ":".
        var stop = span.Length;
        for (var i = at + 1; i < span.Length; i++)
        {
            if (span[i] == '#' && span[i - 1] == ' ')
            {
                stop = i;
                break;
            }
        }

        var text = span[at..stop].TrimEnd(' ');
        if (text.Contains(": ", StringComparison.Ordinal) || text[^1] == ':')
        {
            throw Bail();
        }

        return (new YScalar(line + 1, at + 1, text.ToString(), isPlain: true), line + 1);
    }

    /// <summary>Only spaces or a comment may follow a quoted scalar or flow collection on its line.</summary>
    private static void ExpectLineEnd(ReadOnlySpan<char> span, int start)
    {
        var at = SkipSpaces(span, start);
        if (at < span.Length && (span[at] != '#' || at == start))
        {
            throw Bail();
        }
    }

    /// <summary>A one-line quoted scalar (either quote) starting at <paramref name="at"/>; returns it and the column after the closing quote.</summary>
    private static (YScalar Node, int End) Quoted(int line, ReadOnlySpan<char> span, int at)
    {
        var (value, end) = span[at] == '"' ? DoubleQuoted(span, at) : SingleQuoted(span, at);
        return (new YScalar(line + 1, at + 1, value, isPlain: false), end);
    }

    /// <summary>A one-line double-quoted scalar starting at the quote; returns its value and the column after the closing quote.</summary>
    private static (string Value, int End) DoubleQuoted(ReadOnlySpan<char> span, int at)
    {
        var i = at + 1;
        var plainRun = span[i..].IndexOfAny('"', '\\');
        if (plainRun >= 0 && span[i + plainRun] == '"')
        {
            return (span.Slice(i, plainRun).ToString(), i + plainRun + 1);
        }

        var sb = new System.Text.StringBuilder();
        while (i < span.Length)
        {
            var c = span[i];
            if (c == '"')
            {
                return (sb.ToString(), i + 1);
            }

            if (c != '\\')
            {
                sb.Append(c);
                i++;
                continue;
            }

            if (i + 1 >= span.Length)
            {
                throw Bail(); // an escaped line break
            }

            var e = span[i + 1];
            switch (e)
            {
                case '"' or '\\':
                    sb.Append(e);
                    i += 2;
                    break;
                case 'n':
                    sb.Append('\n');
                    i += 2;
                    break;
                case 't':
                    sb.Append('\t');
                    i += 2;
                    break;
                case 'u' when i + 6 <= span.Length
                              && int.TryParse(span.Slice(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                              && code is >= 0x20 and < 0xD800 or > 0xDFFF and < 0xFFFE && code is not (>= 0x7F and <= 0x9F):
                    sb.Append((char)code);
                    i += 6;
                    break;
                default:
                    throw Bail();
            }
        }

        throw Bail(); // not closed on this line
    }

    /// <summary>A one-line single-quoted scalar ('' is a quote).</summary>
    private static (string Value, int End) SingleQuoted(ReadOnlySpan<char> span, int at)
    {
        var i = at + 1;
        System.Text.StringBuilder? sb = null;
        var runStart = i;
        while (i < span.Length)
        {
            if (span[i] != '\'')
            {
                i++;
                continue;
            }

            if (i + 1 < span.Length && span[i + 1] == '\'')
            {
                (sb ??= new()).Append(span[runStart..(i + 1)]);
                i += 2;
                runStart = i;
                continue;
            }

            var value = sb is null ? span[runStart..i].ToString() : sb.Append(span[runStart..i]).ToString();
            return (value, i + 1);
        }

        throw Bail(); // not closed on this line
    }

    /// <summary>A scalar inside a one-line flow collection: quoted, or plain without any flow indicator, colon or hash.</summary>
    private static (YScalar Node, int End) FlowScalar(int line, ReadOnlySpan<char> span, int at)
    {
        if (at >= span.Length)
        {
            throw Bail();
        }

        if (span[at] is '"' or '\'')
        {
            return Quoted(line, span, at);
        }

        if (PlainStartIndicators.Contains(span[at]))
        {
            throw Bail();
        }

        var stop = span[at..].IndexOfAny(FlowPlainStops);
        if (stop < 0)
        {
            throw Bail(); // runs off the line
        }

        var stopAt = at + stop;
        if (span[stopAt] is not (',' or ']' or '}'))
        {
            throw Bail();
        }

        var text = span[at..stopAt].TrimEnd(' ');
        return (new YScalar(line + 1, at + 1, text.ToString(), isPlain: true), at + text.Length);
    }

    private static int SkipSpaces(ReadOnlySpan<char> span, int at)
    {
        while (at < span.Length && span[at] == ' ')
        {
            at++;
        }

        return at;
    }

    /// <summary>A one-line flow list of scalars, <c>[a, "b", 'c']</c>; returns it and the column after the bracket.</summary>
    private static (YSeq Node, int End) FlowSequence(int line, ReadOnlySpan<char> span, int at)
    {
        var items = new List<YNode>();
        var i = SkipSpaces(span, at + 1);
        if (i < span.Length && span[i] == ']')
        {
            return (new YSeq(line + 1, at + 1, items), i + 1);
        }

        while (true)
        {
            var (item, end) = FlowScalar(line, span, i);
            items.Add(item);
            (var closed, i) = AfterFlowItem(span, end, ']');
            if (closed)
            {
                return (new YSeq(line + 1, at + 1, items), i);
            }
        }
    }

    /// <summary>After a flow item: past the closing bracket (closed), or past the comma to the next item; anything else is outside the subset.</summary>
    private static (bool Closed, int Next) AfterFlowItem(ReadOnlySpan<char> span, int end, char close)
    {
        var i = SkipSpaces(span, end);
        if (i >= span.Length)
        {
            throw Bail(); // runs off the line
        }

        if (span[i] == close)
        {
            return (true, i + 1);
        }

        if (span[i] != ',')
        {
            throw Bail();
        }

        i = SkipSpaces(span, i + 1);
        if (i >= span.Length || span[i] == close)
        {
            throw Bail(); // a trailing comma
        }

        return (false, i);
    }

    /// <summary>
    /// A one-line flow mapping of plain keys to scalars or flow lists of scalars,
    /// <c>{ date: "2009-09", text: …, outcomes: [a, b] }</c>; returns it and the column after the brace.
    /// </summary>
    private static (YMap Node, int End) FlowMapping(int line, ReadOnlySpan<char> span, int at)
    {
        var entries = new List<(YNode, YNode)>();
        var i = SkipSpaces(span, at + 1);
        if (i < span.Length && span[i] == '}')
        {
            return (new YMap(line + 1, at + 1, entries), i + 1);
        }

        HashSet<string>? keys = null;
        while (true)
        {
            if (!LooksLikeKey(span, i))
            {
                throw Bail();
            }

            var keyEnd = KeyEnd(span, i);
            var key = new YScalar(line + 1, i + 1, span[i..keyEnd].ToString(), isPlain: true);
            if (!(keys ??= new HashSet<string>(StringComparer.Ordinal)).Add(key.Value))
            {
                throw Bail();
            }

            var valueAt = SkipSpaces(span, keyEnd + 1);
            if (valueAt == keyEnd + 1)
            {
                throw Bail(); // "key:" with no space before the value
            }

            var (value, end) = valueAt < span.Length && span[valueAt] == '['
                ? FlowSequence(line, span, valueAt)
                : ((YNode, int))FlowScalar(line, span, valueAt);
            entries.Add((key, value));
            (var closed, i) = AfterFlowItem(span, end, '}');
            if (closed)
            {
                return (new YMap(line + 1, at + 1, entries), i);
            }
        }
    }

    /// <summary>
    /// A literal block scalar (<c>|</c> clips to one final line break, <c>|-</c> strips them) whose
    /// lines are indented deeper than <paramref name="parentIndent"/>, by the first line's indent.
    /// </summary>
    private (YNode Node, int Next) LiteralBlock(int line, int at, int parentIndent)
    {
        var header = Line(line)[at..];
        bool strip;
        if (header.Length == 1)
        {
            strip = false;
        }
        else if (header.Length == 2 && header[1] == '-')
        {
            strip = true;
        }
        else
        {
            throw Bail(); // |+, indentation indicators, a comment after the header
        }

        var first = line + 1;
        if (first >= LineCount || Line(first).Length == 0 || Indent(first) == Line(first).Length)
        {
            throw Bail(); // empty, or leading blank lines (their spaces decide the indent)
        }

        var indent = Indent(first);
        if (indent <= parentIndent)
        {
            throw Bail(); // empty block scalar
        }

        var sb = new System.Text.StringBuilder();
        var pendingBreaks = 0;
        var l = first;
        for (; l < LineCount; l++)
        {
            var span = Line(l);
            var lineIndent = Indent(l);
            if (lineIndent == span.Length)
            {
                if (span.Length > indent)
                {
                    throw Bail(); // spaces beyond the indent on a blank line are content
                }

                pendingBreaks++;
                continue;
            }

            if (lineIndent < indent)
            {
                break;
            }

            if (l > first)
            {
                sb.Append('\n', pendingBreaks + 1);
            }

            pendingBreaks = 0;
            sb.Append(span[indent..]);
        }

        if (!strip)
        {
            sb.Append('\n');
        }

        // Trailing blank lines belong to the scalar (and are chomped): the next line is where parsing goes on.
        return (new YScalar(line + 1, at + 1, sb.ToString(), isPlain: false), l);
    }
}
