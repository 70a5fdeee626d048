namespace CohesionSite.Rules.Facts;

/// <summary>
/// Reads a text's words the way names are compared (<see cref="TitleText"/>) and repeats are found
/// (<see cref="Repeats"/>): letters and digits lower-cased, a hyphen or dash inside a word dropped
/// ("Inter-faith" is "interfaith"), "&amp;" the word "and", anything else a break.
/// </summary>
/// <remarks>
/// One reader for both, so a title that compares equal and a line that counts as a repeat are read alike.
/// Each word is lent as a span over a buffer the caller may reuse across texts: reading 100k action lines
/// allocates nothing per word.
/// </remarks>
internal ref struct WordReader(ReadOnlySpan<char> text, char[]? buffer = null)
{
    private readonly ReadOnlySpan<char> _text = text;
    private int _position;
    private int _length;
    private bool _ampersand;

    /// <summary>The buffer the words are read into (grown for a long word; hand it to the next reader).</summary>
    public char[] Buffer { get; private set; } = buffer ?? new char[64];

    /// <summary>The word just read; valid until the next <see cref="MoveNext"/>.</summary>
    public readonly ReadOnlySpan<char> Current => _ampersand ? "and" : Buffer.AsSpan(0, _length);

    /// <summary>Reads the next word; false at the end of the text.</summary>
    public bool MoveNext()
    {
        _length = 0;
        _ampersand = false;
        var buffer = Buffer;
        while (_position < _text.Length)
        {
            var c = _text[_position];

            // ASCII first, tested without the Unicode tables: c | 0x20 lower-cases a letter and leaves a digit.
            var ascii = char.IsAsciiLetterOrDigit(c);
            if (ascii || (c > '\x7f' && char.IsLetterOrDigit(c)))
            {
                if (_length == buffer.Length)
                {
                    var grown = new char[buffer.Length * 2];
                    buffer.CopyTo(grown, 0);
                    Buffer = buffer = grown;
                }

                buffer[_length++] = ascii ? (char)(c | 0x20) : char.ToLowerInvariant(c);
                _position++;
            }
            else if (TitleText.IsHyphen(c))
            {
                _position++;
            }
            else if (_length > 0)
            {
                // A break ends the word; it is read again next time, so an "&" right after a word is not lost.
                return true;
            }
            else
            {
                _position++;
                if (c == '&')
                {
                    _ampersand = true;
                    return true;
                }
            }
        }

        return _length > 0;
    }
}
