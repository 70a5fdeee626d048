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

    private static readonly Lazy<string> RepoRoot = new(FindRepoRoot);
    private static readonly Lazy<string[]> SeedLines = new(() =>
        File.ReadAllLines(Path.Combine(RepoRoot.Value, "seeds", SeedFile)));
    private static readonly Lazy<LoadResult> Loaded = new(() =>
        ContentLoader.Load(
            Path.Combine(RepoRoot.Value, "content"),
            new LoadOptions { Strategies = [StrategyId] }));

    [GeneratedRegex(@"^(\d\.\d\.\d)\t")]
    private static partial Regex ActionRowPattern();

    [GeneratedRegex(@"^\d\.\d ")]
    private static partial Regex ContentsPriorityPattern();

    [GeneratedRegex(@"^\d [A-Z]+\t")]
    private static partial Regex ContentsThemePattern();

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
    public void Seed_FixedCensus_MatchesKnownFigures()
    {
        Assert.Equal(36, SeedActionRefs().Count);
        Assert.Equal(10, SeedIndicatorRows().Count);
        Assert.Equal(5, SeedIndicatorRows().Count(r => r.Length > 2 && r[2].Trim() == ToBeDetermined));
        Assert.Equal(10, SeedContentsLines().Count(l => ContentsPriorityPattern().IsMatch(l)));
    }

    private static StrategyContent Strategy()
    {
        var content = Loaded.Value.Content
            ?? throw new InvalidOperationException(
                "content did not load: " + string.Join(Environment.NewLine, Loaded.Value.Diagnostics.Select(d => d.ToString())));
        return content.StrategyById[StrategyId];
    }

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

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CohesionSite.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no CohesionSite.sln above {AppContext.BaseDirectory}");
    }
}
