using System.Buffers;
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

        // Candidates: one posting per prefix word of each item, keyed by (opening, word) and sorted, so the
        // items that share a key are one run, oldest first; an item looks its keys up by binary search and
        // compares only the older items of each run. Flat pooled arrays, no dictionary or list per key: at a
        // thousand lines a keyed table is a large object, and fresh ones set off full collections.
        var total = 0;
        for (var i = 0; i < count; i++)
        {
            total += PrefixLength(text.WordsOf(i).Length);
        }

        var keys = ArrayPool<long>.Shared.Rent(Math.Max(total, 1));
        var owners = ArrayPool<int>.Shared.Rent(Math.Max(total, 1));
        var seen = ArrayPool<int>.Shared.Rent(Math.Max(count, 1));
        Array.Clear(seen, 0, count);
        try
        {
            var n = 0;
            for (var i = 0; i < count; i++)
            {
                var words = text.WordsOf(i);
                var prefix = PrefixLength(words.Length);
                for (var w = 0; w < prefix; w++)
                {
                    keys[n] = KeyOf(text.Openings[i], words[w]);
                    owners[n++] = i;
                }
            }

            // Sorted by key; within a key by item (the sort does not keep the order it was given).
            Array.Sort(keys, owners, 0, total);
            var sortedKeys = keys.AsSpan(0, total);
            for (var run = 0; run < total;)
            {
                var next = run + 1;
                while (next < total && keys[next] == keys[run])
                {
                    next++;
                }

                owners.AsSpan(run, next - run).Sort();
                run = next;
            }

            for (var i = 0; i < count; i++)
            {
                var words = text.WordsOf(i);
                var best = int.MaxValue;
                var prefix = PrefixLength(words.Length);
                for (var w = 0; w < prefix; w++)
                {
                    var key = KeyOf(text.Openings[i], words[w]);

                    // Oldest first: the first similar item is the answer, so a later one need not be compared.
                    for (var p = FirstOf(sortedKeys, key); p < total && keys[p] == key; p++)
                    {
                        var j = owners[p];
                        if (j >= i || j >= best)
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

                if (best != int.MaxValue)
                {
                    result.TryAdd(text.Ids[i], text.Ids[best]);
                }
            }
        }
        finally
        {
            ArrayPool<long>.Shared.Return(keys);
            ArrayPool<int>.Shared.Return(owners);
            ArrayPool<int>.Shared.Return(seen);
            text.Return();
        }

        return result;
    }

    private static long KeyOf(int opening, int word) => ((long)opening << 32) | (uint)word;

    // The first index of key in the sorted keys (its lower bound).
    private static int FirstOf(ReadOnlySpan<long> keys, long key)
    {
        int lo = 0, hi = keys.Length;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (keys[mid] < key)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    // The items of four words or more: ids, opening numbers, and distinct word numbers (rarest first,
    // sorted) laid end to end in one pooled buffer (returned by Return).
    private sealed class Tokens(int expected)
    {
        private int[] _words = ArrayPool<int>.Shared.Rent(Math.Max(expected * 16, 64));

        public List<string> Ids { get; } = new(expected);

        public List<int> Openings { get; } = new(expected);

        public List<int> Starts { get; } = new(expected + 1) { 0 };

        public int WordCount { get; private set; }

        public Span<int> AllWords => _words.AsSpan(0, WordCount);

        public ReadOnlySpan<int> WordsOf(int item) => _words.AsSpan(Starts[item], Starts[item + 1] - Starts[item]);

        public void AddWord(int word)
        {
            if (WordCount == _words.Length)
            {
                var grown = ArrayPool<int>.Shared.Rent(_words.Length * 2);
                _words.AsSpan(0, WordCount).CopyTo(grown);
                ArrayPool<int>.Shared.Return(_words);
                _words = grown;
            }

            _words[WordCount++] = word;
        }

        public void Return() => ArrayPool<int>.Shared.Return(_words);
    }

    // Each item's opening (its first four words, numbered) and its distinct words as numbers, rarest first.
    private static Tokens Tokenise(IEnumerable<(string Id, string Text)> items)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var openings = new Dictionary<(int, int, int, int), int>();
        var frequency = new List<int>();

        // For each word number, the item that last used it (+1): a word is counted once per item without
        // sorting or hashing the item's words.
        var lastItem = new List<int>();

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

            var stamp = tokens.Ids.Count + 1;
            while (lastItem.Count < frequency.Count)
            {
                lastItem.Add(0);
            }

            foreach (var word in CollectionsMarshal.AsSpan(words))
            {
                if (lastItem[word] != stamp)
                {
                    lastItem[word] = stamp;
                    tokens.AddWord(word);
                    frequency[word]++;
                }
            }

            tokens.Ids.Add(id);
            tokens.Openings.Add(opening);
            tokens.Starts.Add(tokens.WordCount);
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

        var all = tokens.AllWords;
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

        // common ≥ t·(|A| + |B| − common) is common ≥ t·(|A| + |B|) / (1 + t): once what is left of the
        // shorter side cannot reach that, the rest of the merge cannot change the answer (kept a hair
        // below the bound, so no pair the final test passes is cut short).
        var needed = (Threshold * (a.Length + b.Length) / (1 + Threshold)) - 1e-9;
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else
            {
                if (a[i] < b[j])
                {
                    i++;
                }
                else
                {
                    j++;
                }

                if (common + Math.Min(a.Length - i, b.Length - j) < needed)
                {
                    return false;
                }
            }
        }

        return common >= Threshold * (a.Length + b.Length - common);
    }
}
