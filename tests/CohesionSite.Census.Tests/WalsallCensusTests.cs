using System.Globalization;
using System.Text.RegularExpressions;
using CohesionSite.Core.Model;
using Xunit;

namespace CohesionSite.Content.Tests.Census;

/// <summary>
/// Census of the Walsall strategy: counts taken from the seed text itself
/// (<c>seeds/003_40a1453cdf20cdf9.txt</c>) must match the captured content in
/// <c>content/walsall-2008/</c>, so a dropped or duplicated row shows up as a failing test.
/// </summary>
public sealed partial class WalsallCensusTests
{
    private const string StrategyId = "walsall-2008";
    private const string SeedFile = "003_40a1453cdf20cdf9.txt";
    private const string IndicatorHeaderStart = "Description of indicator\t";
    private const string ToBeDetermined = "To be determined";

    private static readonly Lazy<string[]> SeedLines = new(() => Repo.SeedLines(SeedFile));
    private static readonly Lazy<LoadResult> Loaded = new(() => Repo.LoadOnly(StrategyId));

    [GeneratedRegex(@"^(\d\.\d\.\d)\t")]
    private static partial Regex ActionRowPattern();

    [GeneratedRegex(@"^\d\.\d ")]
    private static partial Regex ContentsPriorityPattern();

    [GeneratedRegex(@"^\d [A-Z]+\t")]
    private static partial Regex ContentsThemePattern();

    /// <summary>A numbered heading of the Cabinet report: "1. Purpose" … "10. Consultation".</summary>
    [GeneratedRegex(@"^(\d+)\. ([A-Z][^.:]+)$")]
    private static partial Regex CabinetHeadingPattern();

    /// <summary>A signatory's date line: "13 October 2008".</summary>
    [GeneratedRegex(@"^\d{1,2} [A-Z][a-z]+ \d{4}$")]
    private static partial Regex DateLinePattern();

    [GeneratedRegex(@"<p>(.*?)</p>")]
    private static partial Regex ParagraphPattern();

    [Fact]
    public void Load_WalsallContent_HasNoErrors()
    {
        var errors = Loaded.Value.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToArray();

        Assert.Empty(errors);
        Assert.NotNull(Loaded.Value.Content);
    }

    [Fact]
    public void Actions_CountedFromSeed_MatchModel()
    {
        var seedRefs = SeedActionRefs();

        Assert.Equal(seedRefs.Count, Strategy().Actions.Count);
    }

    [Fact]
    public void Actions_RefsFromSeed_MatchModelIdsInOrder()
    {
        var seedRefs = SeedActionRefs();

        Assert.Equal(seedRefs, Strategy().Actions.Select(a => a.Id).ToArray());
    }

    [Fact]
    public void Actions_PriorityOfEachAction_IsItsRefPrefix()
    {
        var strategy = Strategy();

        Assert.All(strategy.Actions, a =>
        {
            Assert.Equal(a.Id[..a.Id.LastIndexOf('.')], a.Priority);
            Assert.True(strategy.PriorityById.ContainsKey(a.Priority!), $"action {a.Id} names unknown priority {a.Priority}");
        });
    }

    [Fact]
    public void Indicators_CountedFromSeed_MatchModel()
    {
        var rows = SeedIndicatorRows();

        Assert.Equal(rows.Count, Strategy().Indicators.Count);
    }

    [Fact]
    public void Indicators_TitlesFromSeed_MatchModelInOrder()
    {
        var titles = SeedIndicatorRows().Select(r => r[0].Trim()).ToArray();

        Assert.Equal(titles, Strategy().Indicators.Select(i => i.Title).ToArray());
    }

    [Fact]
    public void Baselines_ToBeDeterminedInSeed_MatchModel()
    {
        var seedCount = SeedIndicatorRows().Count(r => r.Length > 2 && r[2].Trim() == ToBeDetermined);

        var model = Strategy().Indicators.Count(i => i.Baseline is { ToBeDetermined: true });

        Assert.Equal(seedCount, model);
    }

    [Fact]
    public void Baselines_ToBeDetermined_HaveNoValueAndNoTargets()
    {
        var pending = Strategy().Indicators.Where(i => i.Baseline is { ToBeDetermined: true }).ToArray();

        Assert.All(pending, i =>
        {
            Assert.Null(i.Baseline!.Value);
            Assert.Equal(ToBeDetermined, i.Baseline.Text);
            Assert.Empty(i.Targets);
        });
    }

    [Fact]
    public void Priorities_CountedFromContents_MatchModel()
    {
        var contents = SeedContentsLines();
        var seedPriorities = contents.Count(l => ContentsPriorityPattern().IsMatch(l));
        var seedThemes = contents.Count(l => ContentsThemePattern().IsMatch(l));
        var strategy = Strategy();

        Assert.Equal(seedPriorities, strategy.AllPriorities.Count(p => p.Kind == PriorityKind.Priority));
        Assert.Equal(seedThemes, strategy.Priorities.Count);
    }

    [Fact]
    public void Model_FixedCensus_MatchesKnownFigures()
    {
        var strategy = Strategy();

        Assert.Equal(10, strategy.Indicators.Count);
        Assert.Equal(5, strategy.Indicators.Count(i => i.Baseline is { ToBeDetermined: true }));
        Assert.Equal(36, strategy.Actions.Count);
        Assert.Equal(3, strategy.Priorities.Count);
        Assert.All(strategy.Priorities, t => Assert.Equal(PriorityKind.Theme, t.Kind));
        Assert.Equal(10, strategy.Priorities.Sum(t => t.Children.Count));
        Assert.Equal(10, strategy.AllPriorities.Count(p => p.Kind == PriorityKind.Priority));
        Assert.Equal(new[] { 5, 3, 2 }, strategy.Priorities.Select(t => t.Children.Count).ToArray());
    }

    [Fact]
    public void CommunicationsPlanAreas_BulletsFromSeed_AreCommitmentsDeliveredByTheCommsPlanAction()
    {
        // "This will cover the follow areas:" then bold bullets, up to "Actions are:" (section 1.4).
        var lines = SeedLines.Value;
        var start = Array.FindIndex(lines, l => l.Contains("This will cover the follow areas:", StringComparison.Ordinal));
        Assert.True(start > 0, "the seed's communications-plan list is not where it was");
        var areas = lines.Skip(start + 1)
            .TakeWhile(l => !l.StartsWith("Actions are:", StringComparison.Ordinal))
            .Where(l => l.StartsWith("- **", StringComparison.Ordinal))
            .Select(l => l.Trim()[4..^2])
            .ToArray();
        Assert.Equal(5, areas.Length);

        var priority = Strategy().AllPriorities.Single(p => p.Id == "1.4");
        foreach (var area in areas)
        {
            var commitment = Assert.Single(priority.Commitments, c => c.Text == area);
            Assert.Equal(["1.4.1"], commitment.Actions);
        }
    }

    [Fact]
    public void Seed_FixedCensus_MatchesKnownFigures()
    {
        Assert.Equal(36, SeedActionRefs().Count);
        Assert.Equal(10, SeedIndicatorRows().Count);
        Assert.Equal(5, SeedIndicatorRows().Count(r => r.Length > 2 && r[2].Trim() == ToBeDetermined));
        Assert.Equal(10, SeedContentsLines().Count(l => ContentsPriorityPattern().IsMatch(l)));
    }

    [Fact]
    public void Decision_CabinetReportHeaderFromSeed_MatchesModel()
    {
        var lines = SeedLines.Value;
        var decision = Strategy().Strategy.Decision;
        Assert.NotNull(decision);

        Assert.Equal("Cabinet – 22 October 2008", lines.First(l => l.Trim().Length > 0).Trim());
        Assert.Equal("Cabinet", decision!.Body);
        Assert.Equal("2008-10-22", decision.Date?.ToString());
        Assert.Equal("Community Cohesion Strategy", decision.Title);
        Assert.Equal(HeaderField("Portfolio"), decision.Portfolio);
        Assert.Equal(HeaderField("Service"), decision.Service);
        Assert.Equal(HeaderField("Wards"), decision.Wards);
        Assert.Equal(HeaderField("Key decision") == "Yes", decision.KeyDecision);
        Assert.Equal(HeaderField("Forward plan") == "Yes", decision.ForwardPlan);

        var heading = Array.FindIndex(lines, l => l.Trim() == "2. Recommendations");
        Assert.True(heading >= 0, "the seed has no Recommendations heading");
        Assert.Equal(lines.Skip(heading + 1).First(l => l.Trim().Length > 0).Trim(), decision.Recommendation);
    }

    [Fact]
    public void Decision_SignatoriesFromSeed_MatchModel()
    {
        // After "Author": the author's contact block, then one name / role / date block per signatory.
        var lines = SeedLines.Value;
        var author = Array.FindIndex(lines, l => l.Trim() == "Author");
        Assert.True(author >= 0, "the seed has no Author heading");
        var block = lines.Skip(author + 1)
            .TakeWhile(l => !l.StartsWith("**Walsall", StringComparison.Ordinal))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .ToList();
        var seed = block
            .Select((line, i) => (line, i))
            .Where(x => DateLinePattern().IsMatch(x.line))
            .Select(x => (
                Name: block[x.i - 2],
                Role: block[x.i - 1],
                Date: DateTime.ParseExact(x.line, "d MMMM yyyy", CultureInfo.InvariantCulture).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .ToList();
        var model = Strategy().Strategy.Decision!.Signatories
            .Select(s => (Name: s.Name, Role: s.Role ?? string.Empty, Date: s.Date?.ToString() ?? string.Empty))
            .ToList();

        Assert.Equal(2, seed.Count);
        Assert.Equal(seed, model);

        // The signature blocks are held by the decision record only, not in the report's Author section.
        var authorSection = Strategy().Strategy.Sections.Single(s => s.Id == "cabinet-report").Children.Single(c => c.Title == "Author");
        Assert.All(seed, s => Assert.DoesNotContain(s.Name, authorSection.Body ?? string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void CabinetReportSections_NumberedHeadingsFromSeed_MatchModel()
    {
        var lines = SeedLines.Value;
        var end = Array.FindIndex(lines, l => l.Trim() == "Background papers");
        var seed = lines.Take(end)
            .Select(l => CabinetHeadingPattern().Match(l.Trim()))
            .Where(m => m.Success)
            .Select(m => (Number: m.Groups[1].Value, Title: m.Groups[2].Value.Trim()))
            .ToList();
        var report = Assert.Single(Strategy().Strategy.Sections, s => s.Id == "cabinet-report");
        var model = report.Children.Where(c => c.Number is not null).Select(c => (Number: c.Number!, c.Title)).ToList();

        Assert.Equal(10, seed.Count);
        Assert.Equal(Enumerable.Range(1, 10).Select(n => n.ToString(CultureInfo.InvariantCulture)), seed.Select(s => s.Number));

        // "2. Recommendations" is held by the decision record; every other numbered heading is a section.
        Assert.Equal(seed.Where(s => s.Number != "2"), model);
        Assert.All(report.Children, c => Assert.DoesNotMatch(@"^\d+\.", c.Title));
    }

    [Fact]
    public void MilestoneLeads_WhgLeadsTheSecondPartOnly_AsSeedParagraphsSay()
    {
        var strategy = Strategy();
        foreach (var id in new[] { "1.5.6", "2.1.2" })
        {
            var cells = SeedLines.Value.Single(l => l.StartsWith(id + "\t", StringComparison.Ordinal)).Split('\t');
            var leadParagraphs = ParagraphPattern().Matches(cells[3]).Select(m => m.Groups[1].Value.Trim()).ToList();
            Assert.Equal(2, leadParagraphs.Count);
            Assert.Equal("whg", leadParagraphs[1]);

            var action = strategy.ActionById[id];
            Assert.Equal(2, action.Milestones.Count);
            Assert.Equal(new[] { "whg" }, action.Milestones[1].Leads);
            Assert.NotEmpty(action.Milestones[0].Leads);
            Assert.DoesNotContain("whg", action.Milestones[0].Leads);
            Assert.Equal(
                action.Leads.Order(StringComparer.Ordinal),
                action.Milestones.SelectMany(m => m.Leads).Distinct().Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void PartnerAliases_AreNamesTheSeedUses()
    {
        var seed = string.Join("\n", SeedLines.Value);
        var partners = Strategy().Strategy.Partners;

        Assert.All(partners.SelectMany(p => p.Aliases), alias => Assert.Contains(alias, seed, StringComparison.Ordinal));
        Assert.Contains("Walsall PCT", partners.Single(p => p.Id == "tpct").Aliases);
        Assert.Contains("Walsall Borough Strategic Partnership", partners.Single(p => p.Id == "walsall-partnership").Aliases);
        Assert.Contains("Safer Walsall Borough Partnership", partners.Single(p => p.Id == "safer-walsall-partnership").Aliases);
    }

    private static StrategyContent Strategy()
    {
        var content = Loaded.Value.Content
            ?? throw new InvalidOperationException(
                "content did not load: " + string.Join(Environment.NewLine, Loaded.Value.Diagnostics.Select(d => d.ToString())));
        return content.StrategyById[StrategyId];
    }

    /// <summary>The value of a "Label: value" line of the Cabinet report header.</summary>
    private static string HeaderField(string label) =>
        SeedLines.Value.First(l => l.StartsWith(label + ": ", StringComparison.Ordinal))[(label.Length + 2)..].Trim();

    /// <summary>Refs of the action-plan rows (<c>1.1.1</c> …); continuation rows after a page break start with a tab and are not counted.</summary>
    private static List<string> SeedActionRefs() =>
        SeedLines.Value
            .Select(l => ActionRowPattern().Match(l))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToList();

    /// <summary>Rows of the performance-indicator table, which a page break splits into two parts, each under its own header row.</summary>
    private static List<string[]> SeedIndicatorRows()
    {
        var lines = SeedLines.Value;
        var rows = new List<string[]>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith(IndicatorHeaderStart, StringComparison.Ordinal))
            {
                continue;
            }

            for (var j = i + 1; j < lines.Length && lines[j].Trim().Length > 0; j++)
            {
                rows.Add(lines[j].Split('\t'));
            }
        }

        return rows;
    }

    /// <summary>The contents list: the lines after "Contents" up to the first non-empty line without a page number (tab).</summary>
    private static List<string> SeedContentsLines()
    {
        var lines = SeedLines.Value;
        var start = Array.FindIndex(lines, l => l.Trim() == "Contents");
        Assert.True(start >= 0, "the seed has no Contents heading");
        var result = new List<string>();
        for (var i = start + 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            if (!lines[i].Contains('\t', StringComparison.Ordinal))
            {
                break;
            }

            result.Add(lines[i]);
        }

        return result;
    }

}
