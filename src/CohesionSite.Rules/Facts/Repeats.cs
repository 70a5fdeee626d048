namespace CohesionSite.Rules.Facts;

/// <summary>
/// Finds items whose text repeats an earlier one's (Walsall's 2.2.1 and 3.1.1: "To use cohesion impact
/// assessments …"): the same opening words and at least <see cref="Threshold"/> of their words in common.
/// Only items sharing their opening words are compared, so a plan of thousands of lines stays linear.
/// </summary>
internal static class Repeats
{
    /// <summary>Share of distinct words two texts must have in common (Jaccard).</summary>
    public const double Threshold = 0.7;

    private const int OpeningWords = 4;

    /// <summary>For each id that repeats an earlier item, that item's id.</summary>
    public static Dictionary<string, string> Find(IEnumerable<(string Id, string Text)> items)
    {
        var byOpening = new Dictionary<string, List<(string Id, HashSet<string> Words)>>(StringComparer.Ordinal);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, text) in items)
        {
            var words = TitleText.Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < OpeningWords)
            {
                continue;
            }

            var key = string.Join(' ', words.Take(OpeningWords));
            var set = words.ToHashSet(StringComparer.Ordinal);
            if (!byOpening.TryGetValue(key, out var earlier))
            {
                byOpening[key] = earlier = [];
            }

            foreach (var (otherId, other) in earlier)
            {
                var common = set.Count(other.Contains);
                if (common >= Threshold * (set.Count + other.Count - common))
                {
                    result.TryAdd(id, otherId);
                    break;
                }
            }

            earlier.Add((id, set));
        }

        return result;
    }
}
