namespace CohesionSite.Site.Stages;

/// <summary>
/// The search index's words: how text is cut into words (the same rule as assets/search.js) and
/// how the words are sharded by their first two characters, each word with the entries holding it.
/// </summary>
public static class SearchTerms
{
    /// <summary>How many entries' texts share one text file (loaded for snippets).</summary>
    public const int TextChunk = 64;

    /// <summary>The shard of words that do not start with two ASCII letters or digits.</summary>
    public const string OtherShard = "other";

    /// <summary>The words of a text: lower case, runs of letters and digits of two or more.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var folded = Fold(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                if (i - start >= 2)
                {
                    yield return folded[start..i];
                }

                start = -1;
            }
        }
    }

    /// <summary>The shard a word belongs to: its first two characters, or <see cref="OtherShard"/>.</summary>
    public static string ShardOf(string word) =>
        word.Length >= 2 && IsAsciiWord(word[0]) && IsAsciiWord(word[1]) ? word[..2] : OtherShard;

    /// <summary>Per shard, every word with the entries (by index) that contain it, delta-encoded (each number is the gap to the previous one).</summary>
    public static IEnumerable<(string Key, SortedDictionary<string, int[]> Terms)> Shards(IEnumerable<string> entryTexts)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var index = 0;
        foreach (var text in entryTexts)
        {
            foreach (var word in Words(text).Distinct(StringComparer.Ordinal))
            {
                if (!postings.TryGetValue(word, out var list))
                {
                    postings[word] = list = [];
                }

                list.Add(index);
            }

            index++;
        }

        return postings.GroupBy(p => ShardOf(p.Key)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var terms = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
            foreach (var (word, list) in g)
            {
                // Entries were added in order, so each list is ascending: store the gaps, which are small numbers.
                terms[word] = list.Select((n, i) => i == 0 ? n : n - list[i - 1]).ToArray();
            }

            return (g.Key, terms);
        });
    }

    private static bool IsAsciiWord(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');

    // Lower case only: the build runs with invariant globalization, where Unicode normalisation
    // (and so accent folding) is not available; search.js folds the same way.
    private static string Fold(string text) => text.ToLowerInvariant();
}
