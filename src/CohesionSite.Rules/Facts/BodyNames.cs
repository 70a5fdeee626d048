using System.Text;
using System.Text.RegularExpressions;
using CohesionSite.Core.Model;
using CohesionSite.Core.Text;

namespace CohesionSite.Rules.Facts;

/// <summary>
/// Finds the other ways a strategy writes one body's name: an alias that is the name with words put in
/// or left out ("Walsall Partnership" / "Walsall Borough Strategic Partnership"), or that differs from it
/// only by case, hyphens or spacing; and, in the strategy's prose, the name written with other case or
/// hyphens ("Inter-Faith Forum" / "Interfaith Forum"). Not variants: abbreviations and other names that
/// share no wording ("LSP", "Walsall PCT"), a capital first letter (a sentence or a table cell starts there),
/// and the words in lower case in prose ("health services": a common noun, not the name).
/// </summary>
internal static class BodyNames
{
    public static IEnumerable<(Partner Partner, Node Node, SourceMark Mark, string Variant, string Place)> Of(StrategyContent s, IReadOnlyList<(Node Owner, string OwnerId, string Field, string Text)> passages)
    {
        foreach (var p in s.Strategy.Partners)
        {
            var words = Words(p.Name);
            if (words.Length < 2)
            {
                continue;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var k = 0; k < p.Aliases.Count; k++)
            {
                if (IsVariant(p.Name, p.Aliases[k]) && seen.Add(p.Aliases[k]))
                {
                    yield return (p, p, p.MarkOf("aliases", k), p.Aliases[k], "aliases");
                }
            }

            var pattern = Pattern(words);
            foreach (var (owner, ownerId, field, text) in passages)
            {
                foreach (Match m in pattern.Matches(text))
                {
                    if (!IsCommonNoun(p.Name, m.Value) && IsVariant(p.Name, m.Value) && seen.Add(m.Value))
                    {
                        yield return (p, owner, owner.MarkOf(field), m.Value, $"{ownerId}/{field}");
                    }
                }
            }
        }
    }

    /// <summary>True when <paramref name="other"/> is another way of writing <paramref name="name"/>.</summary>
    internal static bool IsVariant(string name, string other)
    {
        if (string.Equals(name, other, StringComparison.Ordinal) || SameButFirstLetter(name, other))
        {
            return false;
        }

        var a = Words(name);
        var b = Words(other);
        if (a.SequenceEqual(b, StringComparer.Ordinal))
        {
            return true;
        }

        // Words put in or left out: the shorter is the longer with words removed, keeping its first and last word.
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= 2 && shorter.Length < longer.Length
            && shorter[0] == longer[0] && shorter[^1] == longer[^1] && IsSubsequence(shorter, longer);
    }

    // "health services" in prose, where the partner list has "Health Services": the words used as a common
    // noun, not the body's name (no capital after the first letter, where the name has some).
    internal static bool IsCommonNoun(string name, string occurrence) =>
        name.Skip(1).Any(char.IsUpper) && !occurrence.Skip(1).Any(char.IsUpper);

    private static bool SameButFirstLetter(string a, string b) =>
        a.Length == b.Length && a.Length > 0 && char.ToLowerInvariant(a[0]) == char.ToLowerInvariant(b[0]) && a.AsSpan(1).SequenceEqual(b.AsSpan(1));

    private static bool IsSubsequence(string[] shorter, string[] longer)
    {
        var i = 0;
        foreach (var word in longer)
        {
            if (i < shorter.Length && shorter[i] == word)
            {
                i++;
            }
        }

        return i == shorter.Length;
    }

    private static string[] Words(string text) => TitleText.Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    // The name's words in any case, with hyphens allowed between any two letters, separated by white space.
    private static Regex Pattern(string[] words)
    {
        var sb = new StringBuilder(@"(?<![\p{L}\p{N}-])");
        for (var w = 0; w < words.Length; w++)
        {
            if (w > 0)
            {
                sb.Append(@"\s+");
            }

            sb.Append(string.Join("[-\u2010\u2011]?", words[w].Select(c => Regex.Escape(c.ToString()))));
        }

        sb.Append(@"(?![\p{L}\p{N}-])");
        // No match timeout: a wall-clock timeout fired on a loaded machine (the bench saw check abort
        // with RegexMatchTimeoutException at 100k actions and a load of 27), and this pattern cannot
        // backtrack badly: escaped letters with optional single hyphens and \s+ between words, each
        // quantifier followed by a literal it cannot match.
        // Many strategies name the same bodies (generated content: every one): each pattern is parsed once.
        return RegexCache.Get(sb.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
