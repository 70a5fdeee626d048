using System.Globalization;
using System.Text.RegularExpressions;
using CohesionSite.Core.Diagnostics;
using CohesionSite.Core.Model;
using Xunit;

namespace CohesionSite.Content.Tests.Census;

/// <summary>
/// Census of <c>seeds/004_779336089d21bd0f.txt</c> (Northamptonshire LAA, "A Shared Future for all our
/// Communities", September 2007): counts what is recognisable in the seed text itself (the shared values,
/// the "we recognise" statements, the perception indicators, the CIC definition's clauses, the framework
/// grid, the four principles, the "Strategic Objective N" headings and the bullets under each "This will be
/// achieved through:", the thematic partners, the overview figures, the contents entry of Appendix A) and
/// compares each with the loaded model of <c>content/northamptonshire-2007</c>.
/// </summary>
public sealed partial class NorthamptonshireCensusTests
{
    private const string StrategyId = "northamptonshire-2007";
    private const string SeedFile = "004_779336089d21bd0f.txt";
    private const string AchievedThrough = "This will be achieved through";
    private const string GridHeader = "8 priorities outlined in White Paper\t";

    private static readonly Lazy<string[]> SeedLines = new(() => Repo.SeedLines(SeedFile));

    private static readonly Lazy<LoadResult> Loaded = new(() => Repo.LoadOnly(StrategyId));

    [GeneratedRegex(@"^Strategic Objective (\d+(?:\.\d+)?) [-–] (.+)$")]
    private static partial Regex ObjectiveHeading();

    [GeneratedRegex(@"^We will agree with (.+) how they will support this strategy\.")]
    private static partial Regex AgreeWithLine();

    // A promise with a month and year, as a clause of its own ("… and LAA hate crime targets will be agreed by April 2008.").
    [GeneratedRegex(@"(?:^|\. |\band )([A-Z][\w-]*(?: (?!and\b)[\w-]+)*? will be \w+ by (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4}))\.")]
    private static partial Regex DatedPromise();

    [GeneratedRegex(@"(\d+(?:\.\d+)?)%(?! most deprived)")]
    private static partial Regex Percentage();

    [GeneratedRegex(@"\b\d{1,3}(?:,\d{3})+\b")]
    private static partial Regex Thousands();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [Fact]
    public void Load_Northamptonshire_HasNoErrors()
    {
        var result = Loaded.Value;
        var errors = result.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.ToString())
            .ToList();
        Assert.Empty(errors);
        Assert.NotNull(result.Content);
        Assert.True(result.Content!.StrategyById.ContainsKey(StrategyId), $"strategy '{StrategyId}' was not loaded");
    }

    [Fact]
    public void Values_CountedFromSeed_MatchModel()
    {
        var seed = Bullets(Between("Northamptonshire will be a county where:-", "This strategy provides the basis for us all to share"));
        var model = Model().Strategy.Values.Select(v => v.Title).ToList();

        Assert.Equal(9, seed.Count);
        Assert.Equal(seed, model);
    }

    [Fact]
    public void Recognitions_CountedFromSeed_MatchModel()
    {
        var seed = Bullets(Between("In developing our shared values, we recognise that:", "Northamptonshire Community Cohesion framework"));
        var model = Model().Strategy.Statements.Where(s => s.Kind == StatementKind.Recognition).Select(s => s.Text).ToList();

        Assert.Equal(11, seed.Count);
        Assert.Equal(seed, model);
    }

    [Fact]
    public void Objectives_CountedFromSeed_MatchModel()
    {
        var strategy = Model();
        var seed = SeedObjectives();
        var model = strategy.AllPriorities.Where(p => p.Kind == PriorityKind.Objective).ToList();

        // SO1, SO1.1 and SO2-SO8.
        Assert.Equal(9, seed.Count);
        Assert.Equal(seed.Count, model.Count);
        Assert.Equal(seed.Select(o => "SO" + o.Number), model.Select(p => p.Number ?? string.Empty));
        Assert.Equal(seed.Select(o => o.Title), model.Select(p => p.Title));
        Assert.Equal(model.Count, strategy.AllPriorities.Count);
    }

    [Fact]
    public void SubObjectives_NumberedInSeed_AreChildrenOfTheirParent()
    {
        var strategy = Model();

        foreach (var (number, _, _) in SeedObjectives().Where(o => o.Number.Contains('.', StringComparison.Ordinal)))
        {
            var node = Assert.Single(strategy.AllPriorities, p => p.Number == "SO" + number);
            Assert.True(strategy.ParentOf.TryGetValue(node.Id, out var parent), $"{node.Number} has no parent");
            Assert.Equal("SO" + number[..number.IndexOf('.', StringComparison.Ordinal)], parent!.Number);
        }

        Assert.Equal(8, strategy.Priorities.Count);
    }

    [Fact]
    public void Objectives_WhitePaperHeadingsFromSeed_MatchVariantsAndNational()
    {
        var content = Loaded.Value.Content!;
        var strategy = Model();
        var whitePaper = content.National.FrameworkById["white-paper-2006"];

        foreach (var (number, _, heading) in SeedObjectives())
        {
            var node = Assert.Single(strategy.AllPriorities, p => p.Number == "SO" + number);
            // One White Paper priority each (the CIC principles an objective names are tagged beside it).
            var item = Assert.Single(node.National, n => n.StartsWith("white-paper-2006/", StringComparison.Ordinal));
            Assert.True(content.National.ItemByRef.ContainsKey(item), $"{node.Number} names unknown {item}");
            if (heading is not null)
            {
                Assert.Contains(node.Variants, v => v.Title == heading);
            }
        }

        // The eight top-level objectives are linked one-to-one to the White Paper's eight priorities.
        var topLevel = strategy.Priorities.SelectMany(p => p.National).Where(n => n.StartsWith("white-paper-2006/", StringComparison.Ordinal)).ToList();
        Assert.Equal(whitePaper.Items.Select(i => "white-paper-2006/" + i.Id), topLevel);
    }

    [Fact]
    public void Principles_NamedInObjectiveText_AreTaggedOnTheObjective()
    {
        // SO1's text lists the four CIC principles it serves; SO5's says it "is underpinned by the
        // principle of visible social justice". Both are stated in the seed, so both are tags.
        var strategy = Loaded.Value.Content!.StrategyById["northamptonshire-2007"];
        var seed = string.Join('\n', Repo.SeedLines(SeedFile));
        var so1 = strategy.AllPriorities.Single(p => p.Id == "so1");
        Assert.Contains("To ensure that we develop a shared futures agenda", seed, StringComparison.Ordinal);
        Assert.Contains("We develop a model of rights and responsibilities", seed, StringComparison.Ordinal);
        Assert.Contains("Hospitality - we develop mutual respect and civility", seed, StringComparison.Ordinal);
        Assert.Contains("Visible Social Justice – we make a clear commitment to equality", seed, StringComparison.Ordinal);
        Assert.Superset(
            new HashSet<string>(["cic-2007-principles/shared-futures", "cic-2007-principles/rights-and-responsibilities", "cic-2007-principles/ethics-of-hospitality", "cic-2007-principles/visible-social-justice"]),
            so1.National.ToHashSet());

        Assert.Contains("This particular priority is underpinned by the principle of visible social justice", seed, StringComparison.Ordinal);
        Assert.Contains("cic-2007-principles/visible-social-justice", strategy.AllPriorities.Single(p => p.Id == "so5").National);
    }

    [Fact]
    public void Commitments_CountedFromSeed_MatchModel()
    {
        var strategy = Model();
        var seed = SeedCommitments();

        Assert.Equal(SeedObjectives().Count, seed.Count);
        foreach (var (number, _, items) in seed)
        {
            var node = Assert.Single(strategy.AllPriorities, p => p.Number == "SO" + number);
            Assert.Equal(items.Count, node.Commitments.Count);
            Assert.Equal(
                items.Select(b => b.Replace("**", string.Empty, StringComparison.Ordinal).Trim()),
                node.Commitments.Select(c => FirstLine(c.Text)));
        }

        Assert.Equal(seed.Sum(s => s.Items.Count), strategy.Commitments.Count);
    }

    [Fact]
    public void Commitments_LeadsAreTheBodiesTheirTextNames_DatedOnlyWhereTheSeedGivesAMonth()
    {
        var strategy = Model();

        // A commitment's lead is a partner its own text names ("… through work with the ComPass Unit", "We will agree with NEL …");
        // the seed once calls the Community Cohesion Leadership Group the "Community Leadership Group" (so3-c6), which counts as naming it.
        static string Words(string text) => " " + string.Join(' ', Regex.Split(text.ToLowerInvariant(), "[^a-z0-9]+").Where(w => w.Length > 0).Select(w => w.TrimEnd('s'))) + " ";
        static string Bare(string name) => Regex.Replace(name, @"\s*\(.*\)$", string.Empty);
        bool Names(Commitment c, Partner p) =>
            Words(c.Text).Contains(Words(Bare(p.Name)), StringComparison.Ordinal) || Words(c.Text).Contains(Words(Bare(p.Name).Replace(" Cohesion ", " ", StringComparison.Ordinal)), StringComparison.Ordinal)
            || (p.Abbreviation is { } a && Words(c.Text).Contains(Words(a), StringComparison.Ordinal));

        Assert.Equal(11, strategy.Commitments.Count(pc => pc.Commitment.Leads.Count > 0));
        Assert.All(strategy.Commitments, pc =>
        {
            Assert.All(pc.Commitment.Leads, id => Assert.True(Names(pc.Commitment, strategy.PartnerById[id]), $"{pc.Commitment.Id}: lead {id} is not named in its text"));
            Assert.Empty(pc.Commitment.Actions);
        });

        // The one promise with a month and year is dated with it; every other commitment has no date in the seed.
        var promise = Assert.Single(SeedLines.Value.SelectMany(l => DatedPromise().Matches(l)));
        var dated = Assert.Single(strategy.Commitments, pc => pc.Commitment.Due is not null).Commitment;
        Assert.Equal(promise.Groups[1].Value + ".", dated.Text);
        var month = DateTime.ParseExact(promise.Groups[2].Value, "MMMM", CultureInfo.InvariantCulture).Month;
        Assert.Equal($"{promise.Groups[3].Value}-{month:00}", dated.Due!.ToString());

        // Naming is not leading ("linked to GOEM"): every lead is named, not every named body leads.
        Assert.True(strategy.Commitments.Count(pc => strategy.Strategy.Partners.Any(p => Names(pc.Commitment, p))) >= 11);
    }

    [Fact]
    public void PerceptionIndicators_CountedFromSeed_MatchModelWithoutData()
    {
        var strategy = Model();
        var seed = Bullets(Between("This means we need to use other indicators such as:-", "Definition of Community Cohesion"));

        Assert.Equal(9, seed.Count);
        Assert.Equal(seed, strategy.Indicators.Select(i => i.Title));
        Assert.All(strategy.Indicators, i =>
        {
            Assert.Null(i.Baseline);
            Assert.Empty(i.Targets);
            Assert.Empty(i.Measurements);
            Assert.False(string.IsNullOrWhiteSpace(i.Note));
        });
        Assert.All(
            strategy.Indicators.Where(i => i.National is not null),
            i => Assert.True(Loaded.Value.Content!.National.IndicatorById.ContainsKey(i.National!), $"{i.Id} names unknown {i.National}"));
    }

    [Fact]
    public void Definition_CicClausesCountedFromSeed_MatchNationalDefinition()
    {
        var content = Loaded.Value.Content!;
        var strategy = Model();
        var seed = Bullets(Between("The CIC suggests that an integrated and cohesive community is one where:", "Northamptonshire Shared Values"));

        Assert.NotNull(strategy.Strategy.Definition);
        Assert.Equal("cic-2007", strategy.Strategy.Definition!.Ref);
        Assert.Equal(6, seed.Count);
        Assert.Equal(seed.Count, content.National.DefinitionById["cic-2007"].Clauses.Count);

        // Northamptonshire words the CIC clauses its own way: held as quoted clauses, not in the lead-in text.
        Assert.Equal(seed, strategy.Strategy.Definition.QuotedClauses);
        Assert.All(seed, clause => Assert.DoesNotContain(clause, strategy.Strategy.Definition.Text ?? string.Empty, StringComparison.Ordinal));
        Assert.EndsWith("The CIC suggests that an integrated and cohesive community is one where:", strategy.Strategy.Definition.Text ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void MatrixLabels_FromSeedGridHeadings_MatchModel()
    {
        var lines = SeedLines.Value;
        var header = Array.FindIndex(lines, l => l.StartsWith(GridHeader, StringComparison.Ordinal));
        var columns = lines[header].Split('\t').Skip(1).Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        var rows = lines.Skip(header + 1).TakeWhile(l => l.Trim().Length > 0).Select(l => l.Split('\t')[1].Trim()).ToList();
        var matrix = Model().Strategy.Matrix!;
        var national = Loaded.Value.Content!.National;

        var columnLabels = matrix.Labels.Where(l => l.Item.StartsWith(matrix.Columns + "/", StringComparison.Ordinal)).ToList();
        var rowLabels = matrix.Labels.Where(l => l.Item.StartsWith(matrix.Rows + "/", StringComparison.Ordinal)).ToList();
        Assert.Equal(columns, columnLabels.Select(l => l.Text));
        Assert.Equal(rows, rowLabels.Select(l => l.Text));
        Assert.Equal(national.FrameworkById[matrix.Columns].Items.Select(i => matrix.Columns + "/" + i.Id), columnLabels.Select(l => l.Item));
        Assert.Equal(national.FrameworkById[matrix.Rows].Items.Select(i => matrix.Rows + "/" + i.Id), rowLabels.Select(l => l.Item));
        Assert.Contains("4. Good Informa tion", columns);

        // The grid is held by the matrix only, no longer as a Markdown table in a section.
        Assert.All(Model().AllSections, s => Assert.DoesNotContain("| 4. Good Informa tion", s.Body ?? string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void ObjectiveAfterText_FollowsTheAchievedThroughList_InSeed()
    {
        var strategy = Model();
        var expected = new Dictionary<string, string>
        {
            ["so6"] = "The final strategy, following consultation with the CYP will identify the programmes we will promote.",
            ["so7"] = "The final strategy will define in greater details the role of this forum and the resources required.",
        };

        foreach (var (id, text) in expected)
        {
            var index = Array.FindIndex(SeedLines.Value, l => l.Trim() == text);
            Assert.True(index >= 0, $"the seed has no line '{text}'");
            var previous = SeedLines.Value.Take(index).Last(l => l.Trim().Length > 0).TrimStart();
            Assert.StartsWith("- ", previous, StringComparison.Ordinal);

            var node = strategy.PriorityById[id];
            Assert.Equal(text, node.After);
            Assert.DoesNotContain(text, node.Narrative ?? string.Empty, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void MissingParts_AppendixA_ListedInContentsOnly()
    {
        var entry = SeedLines.Value.Single(l => l.Contains("Appendix A", StringComparison.Ordinal));
        var part = Assert.Single(Model().Strategy.MissingParts);

        Assert.Equal(entry.Split('\t')[0].Trim(), part.Title);
    }

    [Fact]
    public void Matrix_FromSeedGrid_MatchesModel()
    {
        var content = Loaded.Value.Content!;
        var lines = SeedLines.Value;
        var header = Array.FindIndex(lines, l => l.StartsWith(GridHeader, StringComparison.Ordinal));
        Assert.True(header >= 0, "the seed has no framework grid");

        var columns = lines[header].Split('\t').Skip(1).Where(c => c.Trim().Length > 0).ToList();
        var rows = lines.Skip(header + 1).TakeWhile(l => l.Trim().Length > 0).Select(l => l.Split('\t')).ToList();
        var cellTexts = rows.SelectMany(r => r.Skip(2)).Count(c => c.Trim().Length > 0);

        var matrix = Model().Strategy.Matrix;
        Assert.NotNull(matrix);
        Assert.Equal("The Community Cohesion Framework for Northamptonshire", matrix!.Title);

        // The source lays the White Paper's priorities across the top and the CIC principles down the side.
        Assert.Equal("white-paper-2006", matrix.Columns);
        Assert.Equal("cic-2007-principles", matrix.Rows);
        Assert.Equal(8, columns.Count);
        Assert.Equal(4, rows.Count);
        Assert.Equal(columns.Count, content.National.FrameworkById[matrix.Columns].Items.Count);
        Assert.Equal(rows.Count, content.National.FrameworkById[matrix.Rows].Items.Count);

        // No cell of the grid holds text in the source, so the model has no cell texts.
        Assert.Equal(0, cellTexts);
        Assert.Empty(matrix.Cells);
        Assert.Contains("white-paper-2006", Model().Strategy.Frameworks);
        Assert.Contains("cic-2007-principles", Model().Strategy.Frameworks);
    }

    [Fact]
    public void Principles_CountedFromSeed_MatchModel()
    {
        var strategy = Model();
        var seed = Bullets(Between("The Community Cohesion Framework for Northamptonshire", "Strategic Objectives for the Community Cohesion Strategy"))
            .Where(b => b.StartsWith("**", StringComparison.Ordinal))
            .Select(b => b.Trim('*').Trim())
            .Select(b => b[..b.IndexOf(" - ", StringComparison.Ordinal)].Trim())
            .ToList();
        var principles = strategy.Strategy.Principles;

        Assert.Equal(4, seed.Count);
        Assert.Equal(seed, principles.Select(p => p.Title));
        Assert.All(principles, p =>
        {
            var item = Assert.Single(p.National);
            Assert.StartsWith("cic-2007-principles/", item, StringComparison.Ordinal);
        });
        var cic = Loaded.Value.Content!.National.FrameworkById["cic-2007-principles"];
        Assert.Equal(cic.Items.Select(i => "cic-2007-principles/" + i.Id), principles.Select(p => p.National[0]));

        var claim = Assert.Single(strategy.Strategy.CountClaims, c => c.List == "principles");
        Assert.Equal(claim.Stated, principles.Count);
    }

    [Fact]
    public void ThematicPartners_NamedInSeed_MatchModel()
    {
        var strategy = Model();
        var agreeLines = SeedLines.Value
            .Select(l => AgreeWithLine().Match(l.Trim()))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToList();
        var thematic = strategy.Strategy.Partners.Where(p => p.Roles.Contains("thematic-partner")).ToList();

        // One "We will agree with … how they will support this strategy." per theme of Strategic Objective 8.
        Assert.Equal(6, agreeLines.Count);
        Assert.Equal(agreeLines.Count, SeedCommitments().Single(c => c.Number == "8").Bullets.Count);
        Assert.All(agreeLines, line => Assert.Contains(thematic, p => line.Contains(p.Abbreviation ?? p.Name, StringComparison.Ordinal)));
        Assert.All(thematic, p => Assert.Contains(agreeLines, line => line.Contains(p.Abbreviation ?? p.Name, StringComparison.Ordinal)));
    }

    [Fact]
    public void Plan_ListedInContentsButAbsent_IsToBeAgreed()
    {
        var strategy = Model();
        var mentions = SeedLines.Value.Where(l => l.Contains("Appendix A", StringComparison.Ordinal)).ToList();

        // The only mention of Appendix A is its contents entry ("Appendix A: … Action Plan<TAB>24").
        var entry = Assert.Single(mentions);
        var title = entry.Split('\t')[0].Trim();
        Assert.NotNull(strategy.Plan);
        Assert.Equal(PlanState.ToBeAgreed, strategy.Plan!.State);
        Assert.Equal(title, strategy.Plan.Title);
        Assert.False(string.IsNullOrWhiteSpace(strategy.Plan.Note));
        Assert.Empty(strategy.Actions);
        Assert.Equal(6, SeedLines.Value.Count(l => l.Contains("The final strategy will outline agreed actions.", StringComparison.Ordinal)));
    }

    [Fact]
    public void Figures_OverviewNumbersFromSeed_AreFigures()
    {
        var strategy = Model();
        var lines = Between(l => l.Trim() == "Overview of Northamptonshire", l => l.StartsWith("How cohesive an area is", StringComparison.Ordinal));
        var seed = lines.SelectMany(l => Percentage().Matches(l).Select(m => m.Groups[1].Value))
            .Concat(lines.SelectMany(l => Thousands().Matches(l).Select(m => m.Value.Replace(",", string.Empty, StringComparison.Ordinal))))
            .Select(v => double.Parse(v, CultureInfo.InvariantCulture))
            .Distinct()
            .Order()
            .ToList();
        var model = strategy.Figures.Where(f => f.Value is not null).Select(f => f.Value!.Value).ToHashSet();

        Assert.Equal(16, seed.Count);
        Assert.All(seed, v => Assert.Contains(v, model));
    }

    [Fact]
    public void Figures_TextIsVerbatimFromSeed()
    {
        var seed = Normalise(string.Join("\n", SeedLines.Value));

        Assert.All(Model().Figures, f => Assert.Contains(Normalise(f.Text), seed, StringComparison.Ordinal));
    }

    [Fact]
    public void Model_FixedCensus_MatchesKnownFigures()
    {
        var strategy = Model();

        Assert.Equal(9, strategy.Strategy.Values.Count);
        Assert.Equal(11, strategy.Strategy.Statements.Count(s => s.Kind == StatementKind.Recognition));
        Assert.Equal(4, strategy.Strategy.Principles.Count);
        Assert.Equal(9, strategy.AllPriorities.Count);
        Assert.Equal(8, strategy.Priorities.Count);
        Assert.Equal(52, strategy.Commitments.Count);
        Assert.Equal(new[] { 9, 4, 3, 6, 6, 11, 2, 4, 7 }, strategy.AllPriorities.Select(p => p.Commitments.Count).ToArray());
        Assert.Equal(9, strategy.Indicators.Count);
        Assert.Equal(4, strategy.Indicators.Count(i => i.National is not null));
        Assert.Equal(8, strategy.Strategy.Partners.Count(p => p.Roles.Contains("thematic-partner")));
        Assert.Equal(21, strategy.Figures.Count);
        Assert.NotNull(strategy.Strategy.Foreword);
        Assert.Contains("Jim Harker", strategy.Strategy.Foreword!.Author ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("Murphy Brown", strategy.Strategy.Foreword.Author ?? string.Empty, StringComparison.Ordinal);
        Assert.Empty(strategy.Actions);
        Assert.Equal(PlanState.ToBeAgreed, strategy.Plan?.State);
    }

    [Fact]
    public void Seed_FixedCensus_MatchesKnownFigures()
    {
        Assert.Equal(9, SeedObjectives().Count);
        Assert.Equal(51, SeedCommitments().Sum(c => c.Bullets.Count));
        Assert.Equal(52, SeedCommitments().Sum(c => c.Items.Count));
        Assert.Equal(
            new[] { "1", "1.1", "2", "3", "4", "5", "6", "7", "8" },
            SeedObjectives().Select(o => o.Number).ToArray());
    }


    private static StrategyContent Model()
    {
        var content = Loaded.Value.Content
            ?? throw new InvalidOperationException(
                "content did not load: " + string.Join(Environment.NewLine, Loaded.Value.Diagnostics.Select(d => d.ToString())));
        return content.StrategyById[StrategyId];
    }

    /// <summary>
    /// The "Strategic Objective N – …" headings in order: number, the text after the dash, and the White Paper
    /// heading on the previous non-empty line (null where that line is a bullet, as for SO1.1).
    /// </summary>
    private static List<(string Number, string Title, string? Heading)> SeedObjectives()
    {
        var lines = SeedLines.Value;
        var result = new List<(string Number, string Title, string? Heading)>();
        for (var i = 0; i < lines.Length; i++)
        {
            var m = ObjectiveHeading().Match(lines[i].Trim());
            if (!m.Success)
            {
                continue;
            }

            var previous = i - 1;
            while (previous >= 0 && lines[previous].Trim().Length == 0)
            {
                previous--;
            }

            var heading = previous >= 0 && !lines[previous].TrimStart().StartsWith("- ", StringComparison.Ordinal)
                ? lines[previous].Trim()
                : null;
            result.Add((m.Groups[1].Value, m.Groups[2].Value.Trim(), heading));
        }

        return result;
    }

    /// <summary>
    /// For each objective, the "- " bullets after its "This will be achieved through:" line, up to the next
    /// objective heading (or the end of the text); and the commitments in order: those bullets, each followed
    /// by the dated promises in the paragraphs under it (a clause with a month and year is a commitment of its own).
    /// </summary>
    private static List<(string Number, List<string> Bullets, List<string> Items)> SeedCommitments()
    {
        var lines = SeedLines.Value;
        var result = new List<(string Number, List<string> Bullets, List<string> Items)>();
        string? current = null;
        List<string>? bullets = null;
        List<string>? items = null;
        var collecting = false;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            var heading = ObjectiveHeading().Match(line);
            if (heading.Success)
            {
                if (current is not null)
                {
                    result.Add((current, bullets!, items!));
                }

                current = heading.Groups[1].Value;
                bullets = [];
                items = [];
                collecting = false;
                continue;
            }

            if (current is null)
            {
                continue;
            }

            if (line.StartsWith(AchievedThrough, StringComparison.Ordinal))
            {
                collecting = true;
                continue;
            }

            if (collecting && line.StartsWith("- ", StringComparison.Ordinal))
            {
                bullets!.Add(line[2..].Trim());
                items!.Add(line[2..].Trim());
            }
            else if (collecting && bullets!.Count > 0)
            {
                items!.AddRange(DatedPromise().Matches(line).Select(m => m.Groups[1].Value + "."));
            }
        }

        if (current is not null)
        {
            result.Add((current, bullets!, items!));
        }

        return result;
    }

    private static List<string> Between(string start, string end) =>
        Between(
            l => l.Contains(start, StringComparison.Ordinal),
            l => l.Trim().StartsWith(end, StringComparison.Ordinal));

    /// <summary>The lines after the first line matching <paramref name="isStart"/> up to the next line matching <paramref name="isEnd"/>.</summary>
    private static List<string> Between(Func<string, bool> isStart, Func<string, bool> isEnd)
    {
        var lines = SeedLines.Value;
        var from = Array.FindIndex(lines, l => isStart(l));
        Assert.True(from >= 0, "the seed has no start line for this block");
        var result = new List<string>();
        for (var i = from + 1; i < lines.Length; i++)
        {
            if (isEnd(lines[i]))
            {
                return result;
            }

            result.Add(lines[i]);
        }

        Assert.Fail("the seed has no end line for this block");
        return result;
    }

    /// <summary>The "- " bullet items among <paramref name="lines"/>, without the bullet.</summary>
    private static List<string> Bullets(IEnumerable<string> lines) =>
        lines
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("- ", StringComparison.Ordinal))
            .Select(l => l[2..].Trim())
            .ToList();

    /// <summary>The first line of a Markdown text, without bold markers.</summary>
    private static string FirstLine(string text) =>
        text.Split('\n')[0].Replace("**", string.Empty, StringComparison.Ordinal).Trim();

    private static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

}
