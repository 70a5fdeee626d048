using System.Text;

namespace CohesionSite.Rules.Facts;

/// <summary>Compares two names of one item, ignoring what typesetting changes (case, spacing, quotes, dashes, "&amp;").</summary>
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
            else
            {
                // Punctuation and white space only separate words: "Stronger, safer" = "Stronger – safer".
                space = true;
            }
        }

        return sb.ToString();
    }
}
