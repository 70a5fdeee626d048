using System.Runtime.InteropServices;

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
/// compared, by a merge of their sorted word numbers. Words are read by <see cref="WordReader"/>, as titles are compared.
/// </remarks>
internal static class Repeats
{
    /// <summary>Share of distinct words two texts must have in common (Jaccard).</summary>
    public const double Threshold = 0.7;

    private const int OpeningWords = 4;

    /// <summary>For each id that repeats an earlier item, the first earlier item it repeats.</summary>
    public static Dictionary<string, string> Find(IEnumerable<(string Id, string Text)> items)
    {
        var text = Tokenise(items);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var count = text.Ids.Count;

        // Candidates: for each (opening, word) the items whose prefix holds that word, oldest first, kept
        // as linked lists in two flat arrays (one posting per prefix word) rather than a list per key, so
        // a plan of 100k lines allocates a few arrays, not a list for every word it uses.
        var heads = new Dictionary<long, (int First, int Last)>(count * 4);
        var postingItem = new int[text.Words.Count];
        var postingNext = new int[text.Words.Count];
        var postings = 0;
        var seen = new int[count];
        for (var i = 0; i < count; i++)
        {
            var words = text.WordsOf(i);
            var best = int.MaxValue;
            var prefix = PrefixLength(words.Length);
            for (var w = 0; w < prefix; w++)
            {
                var key = ((long)text.Openings[i] << 32) | (uint)words[w];
                ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(heads, key, out var exists);
                if (exists)
                {
                    // Oldest first: the first similar item is the answer, so a later one need not be compared.
                    for (var p = list.First; p != -1; p = postingNext[p])
                    {
                        var j = postingItem[p];
                        if (j >= best)
                        {
                            break;
                        }

                        // seen[j] == i + 1: already compared for this item.
                        if (seen[j] != i + 1)
                        {
                            seen[j] = i + 1;
                            if (Similar(words, text.WordsOf(j)))
                            {
                                best = j;
                            }
                        }
                    }
                }

                postingItem[postings] = i;
                postingNext[postings] = -1;
                if (exists)
                {
                    postingNext[list.Last] = postings;
                    list.Last = postings;
                }
                else
                {
                    list = (postings, postings);
                }

                postings++;
            }

            if (best != int.MaxValue)
            {
                result.TryAdd(text.Ids[i], text.Ids[best]);
            }
        }

        return result;
    }

    // The items of four words or more: ids, opening numbers, and distinct word numbers (rarest first,
    // sorted) laid end to end in one buffer.
    private sealed class Tokens(int expected)
    {
        public List<string> Ids { get; } = new(expected);

        public List<int> Openings { get; } = new(expected);

        public List<int> Starts { get; } = new(expected + 1) { 0 };

        public List<int> Words { get; } = new(expected * 12);

        public ReadOnlySpan<int> WordsOf(int item) =>
            CollectionsMarshal.AsSpan(Words)[Starts[item]..Starts[item + 1]];
    }

    // Each item's opening (its first four words, numbered) and its distinct words as numbers, rarest first.
    private static Tokens Tokenise(IEnumerable<(string Id, string Text)> items)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var openings = new Dictionary<(int, int, int, int), int>();
        var frequency = new List<int>();
        // Sized from the item count where the caller's sequence knows it: growing these lists by doubling
        // over 100k texts was a fifth of the search's time (copies, and the collections they set off).
        items.TryGetNonEnumeratedCount(out var expected);
        var tokens = new Tokens(expected);
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

            ref var opening = ref CollectionsMarshal.GetValueRefOrAddDefault(openings, (words[0], words[1], words[2], words[3]), out var known);
            if (!known)
            {
                opening = openings.Count - 1;
            }

            // The distinct word numbers, sorted in place (cheaper than a hash set for a sentence's words).
            var span = CollectionsMarshal.AsSpan(words);
            span.Sort();
            var start = tokens.Words.Count;
            for (var k = 0; k < span.Length; k++)
            {
                if (k == 0 || span[k] != span[k - 1])
                {
                    tokens.Words.Add(span[k]);
                    frequency[span[k]]++;
                }
            }

            tokens.Ids.Add(id);
            tokens.Openings.Add(opening);
            tokens.Starts.Add(tokens.Words.Count);
        }

        // Rank words by how few items use them (ties by first use): rare words make short candidate lists.
        var order = new long[frequency.Count];
        for (var w = 0; w < order.Length; w++)
        {
            order[w] = ((long)frequency[w] << 32) | (uint)w;
        }

        Array.Sort(order);
        var rank = new int[order.Length];
        for (var r = 0; r < order.Length; r++)
        {
            rank[(int)(order[r] & 0xFFFFFFFF)] = r;
        }

        var all = CollectionsMarshal.AsSpan(tokens.Words);
        for (var i = 0; i < tokens.Ids.Count; i++)
        {
            var numbers = all[tokens.Starts[i]..tokens.Starts[i + 1]];
            for (var k = 0; k < numbers.Length; k++)
            {
                numbers[k] = rank[numbers[k]];
            }

            numbers.Sort();
        }

        return tokens;
    }

    // The words as WordReader reads them (TitleText's words, without building its string), numbered.
    private static void ReadWords(string text, ref char[] buffer, List<int> words, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup, Dictionary<string, int> ids, List<int> frequency)
    {
        var reader = new WordReader(text, buffer);
        while (reader.MoveNext())
        {
            words.Add(Id(reader.Current, lookup, ids, frequency));
        }

        buffer = reader.Buffer;
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
    private static bool Similar(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
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
