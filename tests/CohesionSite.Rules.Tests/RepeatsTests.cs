using CohesionSite.Rules.Facts;

namespace CohesionSite.Rules.Tests;

/// <summary>The repeat finder's prefix filter gives the answer of comparing every pair, on texts built to collide.</summary>
public sealed class RepeatsTests
{
    [Fact]
    public void Find_TemplatedTexts_SameAsComparingEveryPair()
    {
        var random = new Random(15);
        string[] subjects = ["Local groups will plan how to", "Residents will plan how to", "Employers agree to"];
        string[] words = ["reduce", "isolation", "of", "older", "people", "through", "local", "events", "support", "interfaith", "dialogue", "in", "town", "centres", "young", "voice", "trust"];
        var items = Enumerable.Range(0, 600)
            .Select(i => ($"a{i}", subjects[random.Next(subjects.Length)] + " " + string.Join(' ', Enumerable.Range(0, random.Next(2, 10)).Select(_ => words[random.Next(words.Length)]))))
            .ToArray();

        var found = Repeats.Find(items);

        var expected = BruteForce(items);
        Assert.True(expected.Count > 50, $"the case must hold repeats to compare ({expected.Count})");
        Assert.Equal(expected.OrderBy(kv => kv.Key, StringComparer.Ordinal), found.OrderBy(kv => kv.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Find_HyphensCaseAndAmpersand_ReadAsTheTitlesAre()
    {
        var found = Repeats.Find([("a", "Promote inter-faith dialogue & trust in Walsall"), ("b", "promote Interfaith dialogue and trust in walsall")]);
        Assert.Equal("a", found["b"]);
    }

    // The definition: the same first four words, and common ≥ 0.7 × union, against the first earlier item that qualifies.
    private static Dictionary<string, string> BruteForce(IReadOnlyList<(string Id, string Text)> items)
    {
        var sets = items.Select(i => TitleText.Normalise(i.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = 0; j < i && sets[i].Length >= 4; j++)
            {
                if (sets[j].Length < 4 || !sets[i].Take(4).SequenceEqual(sets[j].Take(4), StringComparer.Ordinal))
                {
                    continue;
                }

                var a = sets[i].ToHashSet(StringComparer.Ordinal);
                var b = sets[j].ToHashSet(StringComparer.Ordinal);
                var common = a.Count(b.Contains);
                if (common >= Repeats.Threshold * (a.Count + b.Count - common))
                {
                    result[items[i].Id] = items[j].Id;
                    break;
                }
            }
        }

        return result;
    }
}
