using System.Text;

namespace CohesionSite.Tools.Synthetic;

/// <summary>
/// Plausible strategy prose from a fixed vocabulary, so synthetic pages carry as much text as real
/// ones (page size drives render and write cost) while staying reproducible from the seed.
/// </summary>
internal static class Prose
{
    private static readonly string[] Subjects =
    [
        "Local groups", "The partnership", "Schools and colleges", "Faith communities", "Young people", "Residents",
        "Voluntary organisations", "Neighbourhood teams", "Community champions", "Ward councillors", "Employers",
    ];

    private static readonly string[] Verbs =
    [
        "will work together to", "are supported to", "will be encouraged to", "agree to", "will plan how to", "commit to",
    ];

    private static readonly string[] Objects =
    [
        "bring people from different backgrounds together", "tackle tensions early", "share facilities fairly",
        "improve trust in local services", "celebrate local heritage", "welcome new arrivals", "reduce isolation of older people",
        "give young people a voice", "promote shared values", "support interfaith dialogue", "build confidence in reporting hate crime",
        "improve English language skills", "open up volunteering", "map community assets", "involve residents in decisions",
    ];

    private static readonly string[] Places = ["in every ward", "across the borough", "in town centres", "in the most deprived areas", "through local events", "with neighbouring areas"];

    /// <summary>One sentence.</summary>
    public static string Sentence(Random random) =>
        $"{Pick(random, Subjects)} {Pick(random, Verbs)} {Pick(random, Objects)} {Pick(random, Places)}.";

    /// <summary>A paragraph of <paramref name="sentences"/> sentences.</summary>
    public static string Paragraph(Random random, int sentences)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            sb.Append(Sentence(random));
        }

        return sb.ToString();
    }

    /// <summary>A short phrase, for titles and milestone text.</summary>
    public static string Phrase(Random random)
    {
        var o = Pick(random, Objects);
        return char.ToUpperInvariant(o[0]) + o[1..];
    }

    private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];
}
