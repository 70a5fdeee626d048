namespace CohesionSite.Content.Binding;

/// <summary>"Did you mean …?" by edit distance.</summary>
public static class Suggest
{
    /// <summary>The closest candidate within a distance proportionate to the word, or null.</summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var limit = Math.Max(2, word.Length / 3);
        foreach (var c in candidates)
        {
            var d = Distance(word, c, limit);
            if (d < bestDistance || (d == bestDistance && best is not null && string.CompareOrdinal(c, best) < 0))
            {
                bestDistance = d;
                best = c;
            }
        }

        return bestDistance <= limit ? best : null;
    }

    /// <summary>Appends " (did you mean 'x'?)" when a candidate is near.</summary>
    public static string Hint(string word, IEnumerable<string> candidates) =>
        Closest(word, candidates) is { } near ? $" (did you mean '{near}'?)" : string.Empty;

    /// <summary>Levenshtein distance, giving up (returning limit+1) once it exceeds <paramref name="limit"/>.</summary>
    public static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                cur[j] = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                rowMin = Math.Min(rowMin, cur[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (prev, cur) = (cur, prev);
        }

        return prev[b.Length];
    }
}
