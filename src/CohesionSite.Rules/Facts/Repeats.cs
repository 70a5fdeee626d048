namespace CohesionSite.Rules.Facts;

/// <summary>
/// Finds items whose text repeats an earlier one's (Walsall's 2.2.1 and 3.1.1: "To use cohesion impact
/// assessments …"): the same opening words and at least <see cref="Threshold"/> of their words in common.
/// </summary>
/// <remarks>
/// A plan of a thousand lines written from a few templates puts hundreds of lines under one opening, so
/// comparing every pair is quadratic. Prefix filtering (the set-similarity join) keeps it near linear
/// with the same answer: words are numbered rarest first, and two sets with Jaccard ≥ t must share a
/// word among the first |A| − ⌈t·|A|⌉ + 1 of each, so only items of one opening sharing such a word are
/// compared, by a merge of their sorted word numbers. Words are read as <see cref="TitleText"/> reads them.
/// </remarks>
internal static class Repeats
{
    /// <summary>Share of distinct words two texts must have in common (Jaccard).</summary>
    public const double Threshold = 0.7;

    private const int OpeningWords = 4;

    /// <summary>For each id that repeats an earlier item, the first earlier item it repeats.</summary>
    public static Dictionary<string, string> Find(IEnumerable<(string Id, string Text)> items)
    {
        var entries = Tokenise(items);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var byOpening = new Dictionary<(int, int, int, int), Dictionary<int, List<int>>>();
        var seen = new int[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            var (id, opening, words) = entries[i];
            if (!byOpening.TryGetValue(opening, out var index))
            {
                byOpening[opening] = index = [];
            }

            var best = int.MaxValue;
            var prefix = PrefixLength(words.Length);
            for (var w = 0; w < prefix; w++)
            {
                if (!index.TryGetValue(words[w], out var earlier))
                {
                    index[words[w]] = earlier = [];
                }
                else
                {
                    foreach (var j in earlier)
                    {
                        // seen[j] == i + 1: already compared for this item.
                        if (j < best && seen[j] != i + 1)
                        {
                            seen[j] = i + 1;
                            if (Similar(words, entries[j].Words))
                            {
                                best = j;
                            }
                        }
                    }
                }

                earlier.Add(i);
            }

            if (best != int.MaxValue)
            {
                result.TryAdd(id, entries[best].Id);
            }
        }

        return result;
    }

    // Each item's opening (its first four words) and its distinct words as numbers, rarest first.
    private static List<(string Id, (int, int, int, int) Opening, int[] Words)> Tokenise(IEnumerable<(string Id, string Text)> items)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var frequency = new List<int>();
        var parsed = new List<(string Id, (int, int, int, int) Opening, int[] Words)>();
        var words = new List<int>();
        var buffer = new char[64];
        foreach (var (id, text) in items)
        {
            words.Clear();
            ReadWords(text, ref buffer, words, lookup, ids, frequency);
            if (words.Count < OpeningWords)
            {
                continue;
            }

            var opening = (words[0], words[1], words[2], words[3]);
            var distinct = Distinct(words);
            foreach (var w in distinct)
            {
                frequency[w]++;
            }

            parsed.Add((id, opening, distinct));
        }

        // Rank words by how few items use them (ties by first use): rare words make short candidate lists.
        var order = Enumerable.Range(0, frequency.Count).OrderBy(w => frequency[w]).ToArray();
        var rank = new int[order.Length];
        for (var r = 0; r < order.Length; r++)
        {
            rank[order[r]] = r;
        }

        foreach (var (_, _, numbers) in parsed)
        {
            for (var k = 0; k < numbers.Length; k++)
            {
                numbers[k] = rank[numbers[k]];
            }

            Array.Sort(numbers);
        }

        return parsed;
    }

    // The distinct word numbers, sorted (a sort and one pass: cheaper than a hash set for a sentence's words).
    private static int[] Distinct(List<int> words)
    {
        var sorted = words.ToArray();
        Array.Sort(sorted);
        var n = 0;
        for (var k = 0; k < sorted.Length; k++)
        {
            if (n == 0 || sorted[k] != sorted[n - 1])
            {
                sorted[n++] = sorted[k];
            }
        }

        return sorted[..n];
    }

    // The words of TitleText.Normalise without building its string: letters and digits lower-cased, hyphens
    // inside a word dropped, "&" a word "and", anything else a break.
    private static void ReadWords(string text, ref char[] buffer, List<int> words, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup, Dictionary<string, int> ids, List<int> frequency)
    {
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (length == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                buffer[length++] = char.ToLowerInvariant(c);
            }
            else if (!TitleText.IsHyphen(c))
            {
                Flush(buffer, ref length, words, lookup, ids, frequency);
                if (c == '&')
                {
                    words.Add(Id("and", lookup, ids, frequency));
                }
            }
        }

        Flush(buffer, ref length, words, lookup, ids, frequency);
    }

    private static void Flush(char[] buffer, ref int length, List<int> words, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup, Dictionary<string, int> ids, List<int> frequency)
    {
        if (length > 0)
        {
            words.Add(Id(buffer.AsSpan(0, length), lookup, ids, frequency));
            length = 0;
        }
    }

    private static int Id(ReadOnlySpan<char> word, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup, Dictionary<string, int> ids, List<int> frequency)
    {
        if (!lookup.TryGetValue(word, out var id))
        {
            id = ids.Count;
            ids[word.ToString()] = id;
            frequency.Add(0);
        }

        return id;
    }

    // The fewest words a set of this size must share (⌈t·size⌉, rounded down by a hair so 0.7 × 10 is 7,
    // not 8): a prefix one word too long only adds candidates, one too short would miss repeats.
    private static int PrefixLength(int size) => size - (int)Math.Ceiling((Threshold * size) - 1e-9) + 1;

    // Jaccard of two sorted sets ≥ Threshold, as the original test: common ≥ t · |A ∪ B|; sizes too far apart cannot be.
    private static bool Similar(int[] a, int[] b)
    {
        if (Math.Min(a.Length, b.Length) < (Threshold * Math.Max(a.Length, b.Length)) - 1e-9)
        {
            return false;
        }

        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return common >= Threshold * (a.Length + b.Length - common);
    }
}
