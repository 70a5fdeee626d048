using System.Text;

namespace CohesionSite.Rules.Facts;

/// <summary>Compares two names of one item, ignoring what typesetting changes (case, spacing, quotes, hyphens and dashes, "&amp;").</summary>
internal static class TitleText
{
    public static bool Same(string a, string b) => Normalise(a) == Normalise(b);

    /// <summary>The text's words (<see cref="WordReader"/>) joined by single spaces.</summary>
    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        var words = new WordReader(text);
        while (words.MoveNext())
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(words.Current);
        }

        return sb.ToString();
    }

    /// <summary>A hyphen or dash: inside a word it is spelling, not a break.</summary>
    internal static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u00ad';
}
