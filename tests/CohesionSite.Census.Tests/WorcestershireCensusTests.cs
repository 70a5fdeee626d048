using System.Globalization;
using System.Text.RegularExpressions;
using CohesionSite.Core.Diagnostics;
using CohesionSite.Core.Model;
using Xunit;

namespace CohesionSite.Content.Tests.Census;

/// <summary>
/// Census of the Worcestershire strategy: counts taken from the seed text itself
/// (<c>seeds/000_c3f4c967fbc91423.txt</c>) must match the captured content in
/// <c>content/worcestershire-2010/</c>, so a dropped or duplicated list item, table row or
/// case study shows up as a failing test.
/// </summary>
public sealed partial class WorcestershireCensusTests
{
    private const string StrategyId = "worcestershire-2010";
    private const string SeedFile = "000_c3f4c967fbc91423.txt";
    private const string PlaceSurveyHeaderStart = "<b>PLACE SURVEY 2008</b>\t";
    private const string StakeholderListStart = "<b><i>Groups and Organisations</i></b>";
    private const string StakeholderListEnd = "*To the best of our knowledge";
    private const string StakeholderRole = "stakeholder";

    private static readonly Lazy<string[]> SeedLines = new(() => Repo.SeedLines(SeedFile));
    private static readonly Lazy<LoadResult> Loaded = new(() => Repo.LoadOnly(StrategyId));

    /// <summary>A heading line that opens a numbered section: "## 12. …", "### **13. …", "### 11. A. …" (group 1 = the number).</summary>
    [GeneratedRegex(@"^#+\s*(?:\*\*)?(\d+)\.\s")]
    private static partial Regex NumberedHeadingPattern();

    /// <summary>A theme heading of section 11: "### 11. A. Communities that are safe …" (group 1 = the letter).</summary>
    [GeneratedRegex(@"^#+\s*(?:\*\*)?11\.\s+([A-F])\.\s")]
    private static partial Regex ThemeHeadingPattern();

    /// <summary>An item of a numbered list: "1. We recognise …".</summary>
    [GeneratedRegex(@"^\d+\.\s+")]
    private static partial Regex NumberedItemPattern();

    /// <summary>A paragraph that opens with its own bold title and goes on: "**Encouraging adults …** As part of …".</summary>
    [GeneratedRegex(@"^\*\*([^*]+)\*\*\s+\S")]
    private static partial Regex InlineBoldTitlePattern();

    /// <summary>An empty Markdown link the conversion left behind: "[toolkit](#)".</summary>
    [GeneratedRegex(@"\[([^\]]*)\]\(#\)")]
    private static partial Regex EmptyLinkPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();

    /// <summary>Any HTML tag of the table cells (&lt;b&gt;, &lt;i&gt;, &lt;u&gt;).</summary>
    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex HtmlTagPattern();

    // ---------------------------------------------------------------- load

    [Fact]
    public void Load_WorcestershireContent_HasNoErrors()
    {
        var errors = Loaded.Value.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.ToString())
            .ToArray();

        Assert.Empty(errors);
        var content = Loaded.Value.Content;
        Assert.NotNull(content);
        Assert.True(content.StrategyById.TryGetValue(StrategyId, out _), $"no strategy '{StrategyId}' loaded");
    }

    // ---------------------------------------------------------------- Place Survey 2008 (Figure One)

    [Fact]
    public void PlaceSurveyRows_CountedFromSeed_MatchModel()
    {
        var rows = SeedPlaceSurveyRows();
        var indicators = Strategy().Indicators;

        Assert.Equal(2, indicators.Count);
        Assert.All(indicators, i => Assert.Equal(rows.Count, i.Measurements.Count));
    }

    /// <summary>The seed's "Worcestershire County" row is the strategy's own area ("Worcestershire"), so the gap rules read it as the strategy's data.</summary>
    private static string OwnArea(string row) => row == Strategy().Strategy.Area + " County" ? Strategy().Strategy.Area : row;

    [Fact]
    public void PlaceSurveyRows_AreasFromSeed_MatchModelInOrder()
    {
        var areas = SeedPlaceSurveyRows().Select(r => OwnArea(r[0])).ToArray();

        Assert.All(Strategy().Indicators, i =>
            Assert.Equal(areas, i.Measurements.Select(m => m.Area ?? string.Empty).ToArray()));
    }

    [Fact]
    public void PlaceSurveyValues_FromSeed_MatchModelTextAndNumber()
    {
        var rows = SeedPlaceSurveyRows();
        var indicators = Strategy().Indicators;

        for (var column = 1; column <= 2; column++)
        {
            var indicator = indicators[column - 1];
            for (var r = 0; r < rows.Count; r++)
            {
                var written = rows[r][column];
                var measurement = indicator.Measurements[r];
                Assert.Equal(written, measurement.Text);
                Assert.Equal(double.Parse(written.TrimEnd('%'), CultureInfo.InvariantCulture), measurement.Value);
                Assert.Equal("2008", measurement.Period);
            }
        }
    }

    [Fact]
    public void PlaceSurveyIndicators_TitlesFromSeedHeader_AreNationalOneAndTwo()
    {
        var header = SeedLines.Value.First(l => l.StartsWith(PlaceSurveyHeaderStart, StringComparison.Ordinal))
            .Split('\t')
            .Select(StripTags)
            .ToArray();
        var indicators = Strategy().Indicators;

        Assert.Equal(new[] { header[1], header[2] }, indicators.Select(i => i.Title).ToArray());
        Assert.Equal(new[] { "ni-1", "ni-2" }, indicators.Select(i => i.National ?? string.Empty).ToArray());
        Assert.All(indicators, i =>
        {
            Assert.Equal("Place Survey 2008", i.Survey);
            Assert.Equal("percent", i.Unit);
            Assert.Equal(Direction.Higher, i.Direction);
            Assert.Null(i.Baseline);
            Assert.Empty(i.Targets);
        });
    }

    // ---------------------------------------------------------------- principles and the "eight" claim

    [Fact]
    public void Principles_CountedFromSeed_MatchModel()
    {
        var items = SeedPrinciples();

        Assert.Equal(items.Count, Strategy().Strategy.Principles.Count);
    }

    [Fact]
    public void Principles_TextFromSeed_MatchModelInOrder()
    {
        var items = SeedPrinciples();
        var principles = Strategy().Strategy.Principles;

        Assert.Equal(items, principles.Select(p => p.Text ?? string.Empty).ToArray());
        Assert.Equal(
            Enumerable.Range(1, items.Count).Select(n => n.ToString(CultureInfo.InvariantCulture)).ToArray(),
            principles.Select(p => p.Number ?? string.Empty).ToArray());
    }

    [Fact]
    public void PrinciplesCountClaim_StatesEight_WhileNineAreListed()
    {
        var lead = SectionLines(15).First(l => l.Contains("core principles", StringComparison.Ordinal));
        Assert.Contains("agreed eight core principles", lead, StringComparison.Ordinal);

        var strategy = Strategy().Strategy;
        var claim = Assert.Single(strategy.CountClaims, c => c.List == "principles");

        Assert.Equal(8, claim.Stated);
        Assert.Contains("eight core principles", claim.Text, StringComparison.Ordinal);
        Assert.Contains(claim.Text.TrimEnd(':'), lead, StringComparison.Ordinal);
        Assert.Equal(9, SeedPrinciples().Count);
        Assert.Equal(9, strategy.Principles.Count);
        Assert.NotEqual(claim.Stated, strategy.Principles.Count);
    }

    [Fact]
    public void CountClaims_EveryCountTheSeedStatesForAList_IsClaimedWithItsNumber()
    {
        // "three foundations", "these two indicators", "the six themes", "all six priorities", "eight core principles" …
        var stated = SeedLines.Value
            .SelectMany(l => StatedCountPattern().Matches(l).Select(m => (Line: l, Number: NumberWords[m.Groups[1].Value.ToLowerInvariant()], Phrase: m.Value)))
            .ToArray();
        Assert.Equal(7, stated.Length);

        var claims = Strategy().Strategy.CountClaims;
        static string Plain(string text) => text.Replace("*", string.Empty, StringComparison.Ordinal).TrimEnd(':', ' ');
        Assert.All(stated, s => Assert.Contains(claims, c => c.Stated == s.Number && c.Text.Contains(s.Phrase, StringComparison.Ordinal) && Plain(s.Line).Contains(Plain(c.Text), StringComparison.Ordinal)));
        Assert.Equal(stated.Length, claims.Count);
    }

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal) { ["two"] = 2, ["three"] = 3, ["six"] = 6, ["eight"] = 8 };

    /// <summary>A count the text states for one of its lists: "three foundations", "six key county priorities", "three key ways of living together".</summary>
    [GeneratedRegex(@"\b(two|three|six|eight)\*?\*? (?:key |core |key county )?(foundations|ways|indicators|themes|priorities|principles)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StatedCountPattern();

    // ---------------------------------------------------------------- statements

    [Fact]
    public void StrategicAims_CountedFromSeed_MatchModelInOrder()
    {
        var items = TopLevelBullets(SectionLines(3));

        Assert.Equal(3, items.Count);
        Assert.Equal(items, StatementTexts(StatementKind.Aim));
    }

    [Fact]
    public void Ambitions_CountedFromSeed_MatchModelInOrder()
    {
        var items = TopLevelBullets(SectionLines(12));

        Assert.Equal(6, items.Count);
        Assert.Equal(items, StatementTexts(StatementKind.Ambition));
    }

    [Fact]
    public void Responsibilities_CountedFromSeed_MatchModelInOrder()
    {
        var lines = SectionLines(14);
        var items = TopLevelBullets(lines);
        var subItems = lines
            .Where(l => l.StartsWith("  - ", StringComparison.Ordinal))
            .Select(l => Clean(l.Trim()[2..]))
            .ToArray();

        Assert.Equal(10, items.Count);
        Assert.Equal(items, StatementTexts(StatementKind.Responsibility));

        var withItems = Assert.Single(
            Strategy().Strategy.Statements,
            s => s.Kind == StatementKind.Responsibility && s.Items.Count > 0);
        Assert.Equal(subItems, withItems.Items.ToArray());
    }

    [Fact]
    public void ToolkitAims_CountedFromSeed_MatchModelInOrder()
    {
        var items = TopLevelBullets(SectionLines(16));

        Assert.Equal(3, items.Count);
        Assert.Equal(items, StatementTexts(StatementKind.ToolkitAim));
        Assert.Null(Strategy().Toolkit); // the seed states the toolkit's aims only; the toolkit itself is online
    }

    // ---------------------------------------------------------------- themes and case studies

    [Fact]
    public void Themes_CountedFromSeed_MatchModel()
    {
        var section = SectionLines(11);
        var themeHeadings = section.Count(l => ThemeHeadingPattern().IsMatch(l));
        var challengeHeadings = section.Count(l => l.StartsWith('#') && l.Contains("Challenges and Actions", StringComparison.Ordinal));
        var priorities = Strategy().Priorities;

        Assert.Equal(6, themeHeadings);
        Assert.Equal(themeHeadings, challengeHeadings);
        Assert.Equal(themeHeadings, priorities.Count);
        Assert.All(priorities, p =>
        {
            Assert.Equal(PriorityKind.Theme, p.Kind);
            Assert.NotEmpty(p.Commitments);
            Assert.All(p.Commitments, c => Assert.Empty(c.Actions));
        });
        Assert.Equal(new[] { "A", "B", "C", "D", "E", "F" }, priorities.Select(p => p.Number ?? string.Empty).ToArray());
    }

    [Fact]
    public void PrioritiesCountClaim_StatesSix_MatchesThemes()
    {
        var strategy = Strategy();
        var claim = Assert.Single(strategy.Strategy.CountClaims, c => c.List == "priorities" && c.Text.Contains("six key county priorities", StringComparison.Ordinal));

        Assert.Equal(6, claim.Stated);
        Assert.Equal(claim.Stated, strategy.Priorities.Count);
        Assert.Contains(SectionLines(2), l => l.Contains(claim.Text.TrimEnd(':'), StringComparison.Ordinal));
    }

    [Fact]
    public void CaseStudies_CountedFromSeed_MatchModel()
    {
        var seedCases = SeedCaseStudies();

        Assert.Equal(24, seedCases.Count);
        Assert.Equal(seedCases.Count, Strategy().Cases.Count);
    }

    [Fact]
    public void CaseStudies_TitlesAndThemesFromSeed_MatchModelInOrder()
    {
        var seedCases = SeedCaseStudies();
        var strategy = Strategy();
        var themeIds = strategy.Priorities.Select(p => p.Id).ToArray();

        Assert.Equal(seedCases.Select(c => c.Title).ToArray(), strategy.Cases.Select(c => c.Title).ToArray());
        Assert.Equal(
            seedCases.Select(c => themeIds[c.Letter - 'A']).ToArray(),
            strategy.Cases.Select(c => c.Theme ?? string.Empty).ToArray());
    }

    [Fact]
    public void CaseStudies_Links_AreHttpOnly()
    {
        Assert.All(Strategy().Cases.SelectMany(c => c.Links), l =>
        {
            Assert.NotNull(l.Url);
            Assert.Matches("^https?://", l.Url);
        });
    }

    // ---------------------------------------------------------------- stakeholders (Appendix One)

    [Fact]
    public void Stakeholders_CountedFromSeed_MatchModel()
    {
        var names = SeedStakeholders();

        Assert.Equal(50, names.Count);
        Assert.Equal(names.Count, Strategy().Strategy.Partners.Count(p => p.Roles.Contains(StakeholderRole)));
    }

    [Fact]
    public void Stakeholders_NamesFromSeed_MatchModelInOrder()
    {
        var names = SeedStakeholders();

        Assert.Equal(
            names.ToArray(),
            Strategy().Strategy.Partners.Where(p => p.Roles.Contains(StakeholderRole)).Select(p => p.Name).ToArray());
    }

    // ---------------------------------------------------------------- no action plan, national definition

    [Fact]
    public void ActionPlan_IsStatedAsNone()
    {
        var strategy = Strategy();

        Assert.NotNull(strategy.Plan);
        Assert.Equal(PlanState.None, strategy.Plan.State);
        Assert.False(string.IsNullOrWhiteSpace(strategy.Plan.Note));
        Assert.Empty(strategy.Actions);
        Assert.DoesNotContain(SeedLines.Value, l => l.Contains("Action Plan", StringComparison.OrdinalIgnoreCase) && l.StartsWith('#'));
    }

    [Fact]
    public void Definition_IsTheNationalOneByReference()
    {
        var strategy = Strategy().Strategy;

        Assert.NotNull(strategy.Definition);
        Assert.Equal("dclg-2008", strategy.Definition.Ref);
        Assert.Empty(strategy.Definition.Clauses);
        Assert.Equal(new[] { "dclg-2008-foundations", "dclg-2008-ways" }, strategy.Frameworks.ToArray());
    }

    // ---------------------------------------------------------------- fields moved out of fallbacks

    [Fact]
    public void Sections_NumbersFromSeedHeadings_MatchModel()
    {
        var seedNumbers = SeedLines.Value
            .Select(HeadingNumber)
            .Where(n => n is not null)
            .Select(n => n!.Value.ToString(CultureInfo.InvariantCulture))
            .Distinct()
            .ToArray();
        var sections = Strategy().Strategy.Sections;

        Assert.Equal(16, seedNumbers.Length);
        Assert.Equal(seedNumbers, sections.Where(s => s.Number is not null).Select(s => s.Number!).ToArray());
        Assert.All(sections, s => Assert.DoesNotMatch(@"^\d+\.", s.Title));
    }

    [Fact]
    public void PlaceSurveyGroups_FromSeedSubHeadings_MatchModel()
    {
        // An underlined row ("<u>Worcestershire County</u>", "<u>Neighbouring Counties</u>") opens a group of areas.
        var lines = SeedLines.Value;
        var header = Array.FindIndex(lines, l => l.StartsWith(PlaceSurveyHeaderStart, StringComparison.Ordinal));
        var expected = new List<(string Area, string? Group)>();
        string? group = null;
        for (var i = header + 1; i < lines.Length && lines[i].Contains('\t', StringComparison.Ordinal); i++)
        {
            var cells = lines[i].Split('\t');
            if (cells[0].Contains("<u>", StringComparison.Ordinal))
            {
                group = StripTags(cells[0]);
            }

            var values = cells.Skip(1).Select(StripTags).ToArray();
            if (values.Length >= 2 && values[0].EndsWith('%'))
            {
                expected.Add((OwnArea(StripTags(cells[0])), group));
            }
        }

        Assert.Equal(2, expected.Select(e => e.Group).Where(g => g is not null).Distinct().Count());
        Assert.All(Strategy().Indicators, i =>
        {
            Assert.Equal(expected, i.Measurements.Select(m => (m.Area ?? string.Empty, m.Group)).ToList());
            Assert.DoesNotContain("Neighbouring Counties", i.Note ?? string.Empty, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void StakeholderCategories_FromSeedSubHeadings_MatchModel()
    {
        var lines = SeedLines.Value;
        var start = Array.FindIndex(lines, l => l.Trim() == StakeholderListStart);
        var expected = new List<(string Name, string Category)>();
        string? category = null;
        for (var i = start; i < lines.Length && !lines[i].StartsWith(StakeholderListEnd, StringComparison.Ordinal); i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("<b>", StringComparison.Ordinal))
            {
                category = StripTags(line);
            }
            else if (line.Length > 0)
            {
                expected.Add((line, category!));
            }
        }

        var model = Strategy().Strategy.Partners
            .Where(p => p.Roles.Contains(StakeholderRole))
            .Select(p => (p.Name, p.Category ?? string.Empty))
            .ToList();

        Assert.Equal(3, expected.Select(e => e.Category).Distinct().Count());
        Assert.Equal(expected, model);
        Assert.All(Strategy().Strategy.Partners, p => Assert.DoesNotContain("Appendix One", p.Note ?? string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Definition_TextAfterTheNationalDefinition_IsHeldAsAfter()
    {
        var after = SectionLines(4).Single(l => l.StartsWith("The definition is a useful starting point", StringComparison.Ordinal));
        var strategy = Strategy().Strategy;

        Assert.Equal(after, strategy.Definition!.After);
        Assert.All(strategy.Sections, s => Assert.DoesNotContain(after, s.Body ?? string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Period_BorrowedFromTheScs_IsExplainedInItsNote()
    {
        var strategy = Strategy().Strategy;

        Assert.NotNull(strategy.Period);
        Assert.Contains("(2008-2013)", strategy.Period!.Note ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains(SectionLines(1), l => l.Contains("in the short term (2008-2013)", StringComparison.Ordinal));
        Assert.DoesNotContain("2008-2013", strategy.Status?.Note ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingParts_StakeholderFeedbackAppendix_CitedButAbsent()
    {
        var citing = SectionLines(16).Single(l => l.Contains("Stakeholder Feedback and Evidence", StringComparison.Ordinal));
        Assert.Contains("Appendix", citing, StringComparison.Ordinal);
        Assert.DoesNotContain(SeedLines.Value, l => l.StartsWith('#') && l.Contains("Stakeholder Feedback", StringComparison.Ordinal));

        var part = Assert.Single(Strategy().Strategy.MissingParts);
        Assert.Contains("Stakeholder Feedback and Evidence", part.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void FigureCitations_AreTheSeedFootnotes()
    {
        // Footnotes 1-5 of section 7 ("<sup>n</sup> Source – …") cite the sources of its figures.
        var footnotes = SectionLines(7)
            .Where(l => l.StartsWith("<sup>", StringComparison.Ordinal))
            .Select(l => StripTags(l))
            .Select(l => l[l.IndexOf("Source", StringComparison.Ordinal)..])
            .ToList();
        var figures = Strategy().Figures;

        Assert.Equal(5, footnotes.Count);
        Assert.All(footnotes, f => Assert.Contains(figures, fig => fig.Citation == f));
        Assert.All(figures, f => Assert.DoesNotContain("Source", f.Label, StringComparison.Ordinal));
    }

    [Fact]
    public void CaseStudyContributions_AreSeedSentences_NotRepeatedInSummary()
    {
        // The conversion breaks some bold sentences over page breaks ("… attached to - and**", "**responsible for …"),
        // so compare without emphasis markers and with whitespace collapsed.
        var seed = Plain(string.Join("\n", SectionLines(11)));
        var cases = Strategy().Cases.Where(c => c.Contribution is not null).ToList();

        Assert.NotEmpty(cases);
        Assert.All(cases, c =>
        {
            foreach (var paragraph in c.Contribution!.Split("\n\n").Select(Plain))
            {
                Assert.Contains(paragraph, seed, StringComparison.Ordinal);
                Assert.DoesNotContain(paragraph, Plain(c.Summary), StringComparison.Ordinal);
                Assert.DoesNotContain(paragraph, Plain(c.Achieved ?? string.Empty), StringComparison.Ordinal);
            }
        });

        var captioned = Assert.Single(Strategy().Cases, c => c.Caption is not null);
        Assert.Contains("Margaret Addis (87)", captioned.Caption, StringComparison.Ordinal);
        Assert.DoesNotContain("Margaret Addis", captioned.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void SectionLinks_CaseStudiesAndFigures_AreAllPresentedOnce()
    {
        var strategy = Strategy();
        var sections = strategy.AllSections.ToList();
        var linkedCases = sections.SelectMany(s => s.Cases).ToList();
        var linkedEvidence = sections.SelectMany(s => s.Evidence).ToList();

        Assert.Equal(strategy.Cases.Select(c => c.Id), linkedCases);
        Assert.Equal(strategy.Figures.Select(f => f.Id).Order(StringComparer.Ordinal), linkedEvidence.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Seed_FixedCensus_MatchesKnownFigures()
    {
        Assert.Equal(13, SeedPlaceSurveyRows().Count);
        Assert.Equal(9, SeedPrinciples().Count);
        Assert.Equal(6, TopLevelBullets(SectionLines(12)).Count);
        Assert.Equal(10, TopLevelBullets(SectionLines(14)).Count);
        Assert.Equal(24, SeedCaseStudies().Count);
        Assert.Equal(50, SeedStakeholders().Count);
    }

    // ---------------------------------------------------------------- helpers

    private static StrategyContent Strategy()
    {
        var content = Loaded.Value.Content
            ?? throw new InvalidOperationException(
                "content did not load: " + string.Join(Environment.NewLine, Loaded.Value.Diagnostics.Select(d => d.ToString())));
        return content.StrategyById[StrategyId];
    }

    private static string[] StatementTexts(StatementKind kind) =>
        Strategy().Strategy.Statements.Where(s => s.Kind == kind).Select(s => s.Text).ToArray();

    /// <summary>
    /// The lines of numbered section <paramref name="number"/>: from its heading up to the next heading
    /// that opens another numbered section or the stakeholder appendix. Theme headings "11. A." stay in section 11.
    /// </summary>
    private static List<string> SectionLines(int number)
    {
        var lines = SeedLines.Value;
        var start = Array.FindIndex(lines, l => HeadingNumber(l) == number);
        Assert.True(start >= 0, $"the seed has no heading for section {number}");
        var result = new List<string>();
        for (var i = start + 1; i < lines.Length; i++)
        {
            var n = HeadingNumber(lines[i]);
            if ((n is not null && n != number) || (lines[i].StartsWith('#') && lines[i].Contains("STAKEHOLDER ENGAGEMENT", StringComparison.Ordinal)))
            {
                break;
            }

            result.Add(lines[i]);
        }

        return result;
    }

    private static int? HeadingNumber(string line)
    {
        var m = NumberedHeadingPattern().Match(line);
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The unindented "- " items of a section, as the model keeps them (empty links reduced to their text).</summary>
    private static List<string> TopLevelBullets(IEnumerable<string> lines) =>
        lines.Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => Clean(l[2..])).ToList();

    /// <summary>The numbered core principles of section 15.</summary>
    private static List<string> SeedPrinciples() =>
        SectionLines(15)
            .Where(l => NumberedItemPattern().IsMatch(l))
            .Select(l => Clean(NumberedItemPattern().Replace(l, string.Empty, 1)))
            .ToList();

    /// <summary>
    /// Figure One: the tab-separated lines after the "PLACE SURVEY 2008" header up to the first blank line,
    /// keeping the rows that hold values (the "Neighbouring Counties" sub-heading row has none). Cells without HTML tags.
    /// </summary>
    private static List<string[]> SeedPlaceSurveyRows()
    {
        var lines = SeedLines.Value;
        var header = Array.FindIndex(lines, l => l.StartsWith(PlaceSurveyHeaderStart, StringComparison.Ordinal));
        Assert.True(header >= 0, "the seed has no Place Survey 2008 table");
        var rows = new List<string[]>();
        for (var i = header + 1; i < lines.Length && lines[i].Contains('\t', StringComparison.Ordinal); i++)
        {
            var cells = lines[i].Split('\t').Select(StripTags).ToArray();
            if (cells.Length >= 3 && cells[1].EndsWith('%') && cells[2].EndsWith('%'))
            {
                rows.Add(cells);
            }
        }

        return rows;
    }

    /// <summary>
    /// The case studies of section 11: every heading inside a theme that is not the theme heading, the
    /// "What do we already do …" heading or "Challenges and Actions", plus the one paragraph that opens with
    /// its own bold title. Titles lose their emphasis and a trailing full stop.
    /// </summary>
    private static List<(string Title, char Letter)> SeedCaseStudies()
    {
        var result = new List<(string Title, char Letter)>();
        char? letter = null;
        foreach (var line in SectionLines(11))
        {
            var theme = ThemeHeadingPattern().Match(line);
            if (theme.Success)
            {
                letter = theme.Groups[1].Value[0];
                continue;
            }

            if (letter is null)
            {
                continue;
            }

            if (line.StartsWith('#'))
            {
                var title = line.TrimStart('#').Trim().Replace("**", string.Empty, StringComparison.Ordinal).Trim().TrimEnd('.');
                if (title.StartsWith("What do we already do", StringComparison.Ordinal) || title == "Challenges and Actions")
                {
                    continue;
                }

                result.Add((title, letter.Value));
                continue;
            }

            var inline = InlineBoldTitlePattern().Match(line);
            if (inline.Success)
            {
                result.Add((inline.Groups[1].Value.Trim(), letter.Value));
            }
        }

        return result;
    }

    /// <summary>Appendix One: the non-empty lines between "Groups and Organisations" and the printing note, less the bold sub-headings.</summary>
    private static List<string> SeedStakeholders()
    {
        var lines = SeedLines.Value;
        var start = Array.FindIndex(lines, l => l.Trim() == StakeholderListStart);
        Assert.True(start >= 0, "the seed has no stakeholder list");
        var result = new List<string>();
        for (var i = start + 1; i < lines.Length && !lines[i].StartsWith(StakeholderListEnd, StringComparison.Ordinal); i++)
        {
            var line = lines[i].Trim();
            if (line.Length > 0 && !line.StartsWith("<b>", StringComparison.Ordinal))
            {
                result.Add(line);
            }
        }

        return result;
    }

    private static string Plain(string text) =>
        WhitespacePattern().Replace(text.Replace("**", string.Empty, StringComparison.Ordinal), " ").Trim();


    private static string StripTags(string cell) => HtmlTagPattern().Replace(cell, string.Empty).Trim();

    /// <summary>Reduces the conversion's empty links ("[toolkit](#)") to their text, as the captured content does.</summary>
    private static string Clean(string text) => EmptyLinkPattern().Replace(text, "$1").Trim();

}
