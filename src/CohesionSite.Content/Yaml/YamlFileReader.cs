using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using CohesionSite.Core.Diagnostics;
using CohesionSite.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CohesionSite.Content.Yaml;

/// <summary>
/// Reads one YAML file into a node tree with marks, enforcing the size limit, strict UTF-8 and
/// a single document. Problems become diagnostics, never exceptions.
/// </summary>
public static class YamlFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads and parses <paramref name="path"/>; <paramref name="displayPath"/> is used in marks.</summary>
    /// <returns>The root node, or null with diagnostics added.</returns>
    public static YNode? Read(string path, string displayPath, YamlLimits limits, ICollection<Diagnostic> diagnostics)
    {
        var at = new SourceMark(displayPath, 1, 1);
        byte[]? bytes = null;
        char[]? chars = null;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                diagnostics.Add(new(DiagnosticCodes.FileUnreadable, DiagnosticSeverity.Error, at, "file not found"));
                return null;
            }

            if (info.Length > limits.MaxFileBytes)
            {
                diagnostics.Add(new(DiagnosticCodes.TooLarge, DiagnosticSeverity.Error, at,
                    $"file is {info.Length:N0} bytes; content files may be at most {limits.MaxFileBytes:N0} bytes"));
                return null;
            }

            // The file's bytes and characters go through pooled buffers: a plan of 600 KB read into fresh
            // arrays is two large objects per file, and a hundred of them set off a full collection each
            // few files while the model is being built (11 of the 12 gen2 collections of checking 100k actions).
            var length = (int)info.Length;
            bytes = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
            using (var file = File.OpenHandle(path))
            {
                length = ReadAll(file, bytes.AsSpan(0, length));
            }

            chars = ArrayPool<char>.Shared.Rent(Math.Max(StrictUtf8.GetMaxCharCount(length), 1));
            if (Decode(bytes.AsSpan(0, length), chars, at, diagnostics) is not { } count)
            {
                return null;
            }

            return ParseChars(chars.AsMemory(0, count), displayPath, diagnostics);
        }
        catch (IOException e)
        {
            diagnostics.Add(new(DiagnosticCodes.FileUnreadable, DiagnosticSeverity.Error, at, $"cannot read file: {e.Message}"));
            return null;
        }
        catch (UnauthorizedAccessException e)
        {
            diagnostics.Add(new(DiagnosticCodes.FileUnreadable, DiagnosticSeverity.Error, at, $"cannot read file: {e.Message}"));
            return null;
        }
        finally
        {
            if (bytes is not null)
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }

            if (chars is not null)
            {
                ArrayPool<char>.Shared.Return(chars);
            }
        }
    }

    // Reads until the buffer is full or the file ends (a file may shrink between the size check and the read).
    private static int ReadAll(Microsoft.Win32.SafeHandles.SafeFileHandle file, Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = RandomAccess.Read(file, buffer[total..], total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }

    /// <summary>
    /// Parses YAML text into the light tree the binder reads: through <see cref="FastYamlReader"/>
    /// when the text is in its subset (nearly all content), else through YamlDotNet, which also
    /// reports every syntax error.
    /// </summary>
    public static YNode? Parse(string text, string displayPath, ICollection<Diagnostic> diagnostics) =>
        ParseChars(text.AsMemory(), displayPath, diagnostics);

    // Parse over characters: a string's, or a file's pooled buffer (YamlDotNet, the rare fallback, gets a
    // string: the caller's own when the characters are one, else a copy).
    private static YNode? ParseChars(ReadOnlyMemory<char> text, string displayPath, ICollection<Diagnostic> diagnostics) =>
        FastYamlReader.TryParse(text) ?? ParseWithYamlDotNet(
            MemoryMarshal.TryGetString(text, out var whole, out var start, out var length) && start == 0 && length == whole.Length ? whole : new string(text.Span),
            displayPath,
            diagnostics);

    /// <summary>Parses YAML text with YamlDotNet's parser (the reference the fast reader is tested against).</summary>
    internal static YNode? ParseWithYamlDotNet(string text, string displayPath, ICollection<Diagnostic> diagnostics) =>
        Guarded(text, displayPath, diagnostics, parser => YTreeBuilder.Build(parser, displayPath, diagnostics));

    /// <summary>
    /// Parses YAML text into YamlDotNet's representation model, for tools that edit YAML text and
    /// need node end positions and styles; the loader uses <see cref="Parse"/>.
    /// </summary>
    public static YamlNode? ParseRepresentation(string text, string displayPath, ICollection<Diagnostic> diagnostics) =>
        Guarded(text, displayPath, diagnostics, parser =>
        {
            var stream = new YamlStream();
            stream.Load(parser);
            return stream.Documents.Count == 1 ? stream.Documents[0].RootNode : null;
        });

    /// <summary>Runs a parse, turning the parser's exceptions into syntax diagnostics at the right place.</summary>
    private static T? Guarded<T>(string text, string displayPath, ICollection<Diagnostic> diagnostics, Func<IParser, T?> parse) where T : class
    {
        var parser = new Parser(new StringReader(text));
        try
        {
            return parse(parser);
        }
        catch (YamlException e)
        {
            diagnostics.Add(AtCulprit(text, SyntaxError(e, displayPath)));
            return null;
        }
        catch (InvalidOperationException)
        {
            diagnostics.Add(AtCulprit(text, UnclosedFlow(parser, displayPath)));
            return null;
        }
    }

    /// <summary>Moves a syntax error to the character that caused it, when the parser noticed the trouble elsewhere (see <see cref="SyntaxCulprit"/>).</summary>
    private static Diagnostic AtCulprit(string text, Diagnostic reported)
    {
        if (SyntaxCulprit.Find(text, reported.Mark.Line, reported.Message) is { } cause)
        {
            return reported with { Mark = reported.Mark with { Line = cause.Line, Column = cause.Column }, Message = $"invalid YAML: {cause.Message}" };
        }

        // The parser marks the end of a file without a final newline one line past it: point at the last character instead.
        var lines = text.Split('\n');
        if (reported.Mark.Line > lines.Length || (reported.Mark.Line == lines.Length && reported.Mark.Column > lines[^1].Length + 1))
        {
            return reported with { Mark = reported.Mark with { Line = lines.Length, Column = lines[^1].Length + 1 } };
        }

        return reported;
    }

    /// <summary>
    /// YamlDotNet throws InvalidOperationException instead of a YamlException for an unclosed flow
    /// collection (<c>title: [broken</c>); point at the last token it read, the opening bracket.
    /// </summary>
    private static Diagnostic UnclosedFlow(IParser parser, string displayPath)
    {
        var end = parser.Current?.End ?? Mark.Empty;
        var mark = new SourceMark(displayPath, Math.Max(1, (int)end.Line), Math.Max(1, (int)end.Column));
        return new(DiagnosticCodes.YamlSyntax, DiagnosticSeverity.Error, mark, "invalid YAML: the flow list '[…]' or mapping '{…}' opened here is not closed; expected ']' or '}'");
    }

    private static Diagnostic SyntaxError(YamlException e, string displayPath) =>
        new(DiagnosticCodes.YamlSyntax, DiagnosticSeverity.Error, new SourceMark(displayPath, (int)e.Start.Line, (int)e.Start.Column), $"invalid YAML: {Describe(e)}");

    // The characters of the bytes in chars (their count), or null with a diagnostic at the first bad byte.
    private static int? Decode(ReadOnlySpan<byte> bytes, char[] chars, SourceMark at, ICollection<Diagnostic> diagnostics)
    {
        var span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        try
        {
            return StrictUtf8.GetChars(span, chars);
        }
        catch (DecoderFallbackException e)
        {
            // Point at the line of the first bad byte so the editor can find it.
            var good = e.Index >= 0 ? span[..Math.Min(e.Index, span.Length)] : [];
            var line = 1;
            var col = 1;
            foreach (var b in good)
            {
                if (b == (byte)'\n')
                {
                    line++;
                    col = 1;
                }
                else if ((b & 0xC0) != 0x80)
                {
                    col++;
                }
            }

            diagnostics.Add(new(DiagnosticCodes.FileUnreadable, DiagnosticSeverity.Error, at with { Line = line, Column = col },
                "invalid UTF-8 byte sequence; content files must be UTF-8 text"));
            return null;
        }
    }

    private static string Describe(YamlException e)
    {
        // YamlDotNet prefixes messages with "(Line: .., Col: ..)"; the mark already says where.
        var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
        var close = message.StartsWith("(Line", StringComparison.Ordinal) ? message.IndexOf("): ", StringComparison.Ordinal) : -1;
        return close > 0 ? message[(close + 3)..] : message;
    }
}
