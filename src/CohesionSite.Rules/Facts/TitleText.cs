using System.Text;

namespace CohesionSite.Rules.Facts;

/// <summary>Compares two names of one item, ignoring what typesetting changes (case, spacing, quotes, hyphens and dashes, "&amp;").</summary>
internal static class TitleText
{
    public static bool Same(string a, string b) => Normalise(a) == Normalise(b);

    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Replace("&", " and ", StringComparison.Ordinal))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (IsHyphen(c))
            {
                // A hyphen inside a word is spelling, not a break: "Inter-faith" = "Interfaith" (spaces around a dash still separate).
                continue;
            }
            else
            {
                // Punctuation and white space only separate words: "Stronger, safer" = "Stronger – safer".
                space = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>A hyphen or dash: inside a word it is spelling, not a break.</summary>
    internal static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u00ad';
}
