using System.Globalization;
using System.Text.RegularExpressions;
using CohesionSite.Core.Diagnostics;
using CohesionSite.Core.Model;
using Xunit;

namespace CohesionSite.Content.Tests.Census;

/// <summary>
/// Census of <c>seeds/001_408b29d35632e543.txt</c> (Wrexham County Borough Council / Local Service Board,
/// Community Cohesion Strategy 2011-14): counts what is recognisable in the seed text itself (the five
/// numbered core principles and the outcomes they point at, the RBA result and its outcome table, the
/// shared priorities, the protected characteristics, the traffic-light definitions, the People's Voice
/// percentages, the figures of the 2008-11 achievements, Appendices A, B and C) and compares each with
/// the loaded model of <c>content/wrexham-2011-14</c>.
/// </summary>
public sealed partial class WrexhamCensusTests
{
    private const string StrategyId = "wrexham-2011-14";
    private const string SeedFile = "001_408b29d35632e543.txt";

    private static readonly Lazy<string[]> SeedLines = new(() => Repo.SeedLines(SeedFile));

    private static readonly Lazy<LoadResult> Loaded = new(() => Repo.LoadOnly(StrategyId));

    [GeneratedRegex(@"^(\d+)\. (.+)$")]
    private static partial Regex NumberedLine();

    [GeneratedRegex(@"\(see Outcomes? (?<refs>[^)]*?) in Action Plan")]
    private static partial Regex OutcomeReference();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^(\d+)\. ([^\t]+)\t(.*)$")]
    private static partial Regex OutcomeRow();

    [GeneratedRegex(@"<li>(.*?)</li>")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^(Green|Amber|Red) = (.+)$")]
    private static partial Regex RagLine();

    [GeneratedRegex(@"(\d+(?:\.\d+)?)%")]
    private static partial Regex Percentage();

    [GeneratedRegex(@"(?:September|January) (\d{4})")]
    private static partial Regex SurveyDate();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [Fact]
    public void Load_Wrexham_HasNoErrors()
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
    public void Principles_CountedFromSeed_MatchModel()
    {
        var strategy = Model();
        var seed = SeedPrinciples();

        Assert.Equal(5, seed.Count);
        Assert.Equal(seed.Count, strategy.Strategy.Principles.Count);
        Assert.Equal(seed.Select(p => p.Number), strategy.Strategy.Principles.Select(p => p.Number ?? string.Empty));

        var claim = Assert.Single(strategy.Strategy.CountClaims, c => c.List == "principles");
        Assert.Equal(claim.Stated, strategy.Strategy.Principles.Count);
    }

    [Fact]
    public void PrincipleOutcomes_ReferencedInSeed_MatchModel()
    {
        var strategy = Model();
        var seed = SeedPrinciples();
        Assert.Equal(seed.Count, strategy.Strategy.Principles.Count);

        for (var i = 0; i < seed.Count; i++)
        {
            var principle = strategy.Strategy.Principles[i];
            Assert.NotEmpty(principle.Outcomes);
            Assert.Equal(seed[i].Outcomes, principle.Outcomes);
            Assert.All(principle.Outcomes, o => Assert.True(strategy.OutcomeById.ContainsKey(o), $"principle {principle.Id} points at unknown outcome {o}"));
            Assert.StartsWith(principle.Title, seed[i].Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Outcomes_CountedFromSeed_MatchModel()
    {
        var strategy = Model();
        var rows = SeedOutcomeRows();
        var outcomes = strategy.Outcomes.Where(o => !o.IsResult).ToList();

        Assert.Equal(6, rows.Count);
        Assert.Equal(rows.Count, outcomes.Count);

        var claim = Assert.Single(strategy.Strategy.CountClaims, c => c.List == "outcomes");
        Assert.Equal(claim.Stated, outcomes.Count);

        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(rows[i].Number, outcomes[i].Number);
            Assert.Equal(rows[i].Title, outcomes[i].Title);
            Assert.Equal(rows[i].Measures, outcomes[i].Measures);
            Assert.NotEmpty(outcomes[i].Measures);
        }
    }

    [Fact]
    public void Result_FromSeed_MatchesModel()
    {
        var strategy = Model();
        var result = Assert.Single(strategy.Outcomes, o => o.IsResult);

        var title = Assert.Single(Bullets(Between("#### The result we want the Strategy to achieve", "#### What this result will look like")));
        Assert.Equal(title, result.Title);

        var measures = Bullets(Between("#### What this result will look like", "#### How well are we doing so far?"));
        Assert.Equal(measures, result.Measures);
        Assert.NotEmpty(result.Indicators);
    }

    [Fact]
    public void SharedPriorities_CountedFromSeed_MatchModel()
    {
        var seed = Bullets(Between("Key shared priorities and principles include:", "These shared principles"));
        var model = Model().Strategy.Statements.Where(s => s.Kind == StatementKind.SharedPriority).Select(s => s.Text).ToList();

        Assert.Equal(7, seed.Count);
        Assert.Equal(seed, model);
    }

    [Fact]
    public void Groups_CountedFromSeed_MatchModel()
    {
        var content = Loaded.Value.Content!;
        var strategy = Model();
        var seed = Bullets(Between("The need to support all communities with protected characteristics", "We have worked with a wide range"))
            .Select(CleanListItem)
            .ToList();

        Assert.Equal(7, seed.Count);
        Assert.Equal(seed, strategy.Strategy.Groups.Select(g => g.Title));
        Assert.All(
            strategy.Strategy.Groups.Where(g => g.Ref is not null),
            g => Assert.True(content.National.ItemByRef.ContainsKey(g.Ref!), $"group {g.Id} refers to unknown {g.Ref}"));
        Assert.All(
            strategy.Strategy.Groups.Where(g => g.Ref is not null),
            g => Assert.StartsWith("protected-characteristics/", g.Ref, StringComparison.Ordinal));
    }

    [Fact]
    public void RagDefinitions_FromSeed_MatchModel()
    {
        var seed = SeedLines.Value
            .Select(l => RagLine().Match(l.Trim()))
            .Where(m => m.Success)
            .Select(m => (Rag: Enum.Parse<Rag>(m.Groups[1].Value), Meaning: m.Groups[2].Value.Trim()))
            .ToList();
        var model = Model().Strategy.RagDefinitions.Select(r => (r.Rag, r.Meaning)).ToList();

        Assert.Equal(3, seed.Count);
        Assert.Equal(seed, model);
    }

    [Fact]
    public void Members_AppendixA_CountedFromSeed_MatchModel()
    {
        var seed = Bullets(Between("Members of the Community Cohesion Co-ordination Group:", "**APPENDIX B**"));
        var members = Model().Strategy.Partners.Where(p => p.Roles.Contains("member")).ToList();

        Assert.Equal(13, seed.Count);
        Assert.Equal(seed.Count, members.Count);
        for (var i = 0; i < seed.Count; i++)
        {
            var partner = members[i];
            var written = partner.Abbreviation is null ? partner.Name : $"{partner.Name} [{partner.Abbreviation}]";
            Assert.True(seed[i] == partner.Name || seed[i] == written, $"Appendix A line '{seed[i]}' does not match partner {partner.Id} ('{written}')");
            Assert.NotEqual(Sector.Other, partner.Sector);
        }
    }

    [Fact]
    public void Consultees_AppendixB_CountedFromSeed_MatchModel()
    {
        var seed = Between("Consultative groups:", "**APPENDIX C**")
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .Select(l => l.StartsWith("- ", StringComparison.Ordinal) ? l[2..].Trim() : l)
            .ToList();
        var consultees = Model().Strategy.Partners.Where(p => p.Roles.Contains("consultee")).Select(p => p.Name).ToList();

        Assert.Equal(10, seed.Count);
        Assert.Equal(seed, consultees);
    }

    [Fact]
    public void Plan_AppendixC_AnnouncedButEmpty()
    {
        var strategy = Model();
        var underHeading = Between("**APPENDIX C**", null).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

        // Only the appendix's title line follows the heading: no actions.
        var titleLine = Assert.Single(underHeading);
        Assert.NotNull(strategy.Plan);
        Assert.Equal(PlanState.Missing, strategy.Plan!.State);
        Assert.Contains(titleLine.TrimEnd('.'), strategy.Plan.Title ?? string.Empty, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(strategy.Plan.Note));
        Assert.Empty(strategy.Actions);
        Assert.Contains(SeedLines.Value, l => l.Contains("described at Appendix C", StringComparison.Ordinal));
    }

    [Fact]
    public void MissingParts_AppendixC_AnnouncedButEmpty()
    {
        var underHeading = Between("**APPENDIX C**", null).Select(l => l.Trim()).Single(l => l.Length > 0);
        var part = Assert.Single(Model().Strategy.MissingParts);

        Assert.StartsWith("Appendix C", part.Title, StringComparison.Ordinal);
        Assert.Contains(underHeading.TrimEnd('.'), part.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicators_PercentagesFromSeed_AreBaselinesOrMeasurements()
    {
        var strategy = Model();
        var lines = Between("#### Evaluation:", "Through monitoring and evaluating")
            .Concat(Between("#### How well are we doing so far?", "While we have made progress"));
        var seed = lines
            .SelectMany(l => Percentage().Matches(l))
            .Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
            .Distinct()
            .Order()
            .ToList();
        // The 2005 survey values are baselines ("A baseline … has been established using the People's Voice Survey"); the rest measurements.
        var model = strategy.Indicators
            .SelectMany(i => i.Measurements.Concat(i.Baseline is { } b ? [b] : []))
            .Where(m => m.Value is not null)
            .Select(m => m.Value!.Value)
            .Distinct()
            .Order()
            .ToList();

        Assert.Equal(6, seed.Count);
        Assert.Equal(seed, model);
        Assert.All(strategy.Indicators, i => Assert.Equal("People's Voice", i.Survey));
    }

    [Fact]
    public void Indicators_MeasurementPeriods_AreSurveyYearsFromSeed()
    {
        var years = SeedLines.Value
            .SelectMany(l => SurveyDate().Matches(l))
            .Select(m => m.Groups[1].Value)
            .Distinct()
            .ToList();
        var periods = Model().Indicators
            .SelectMany(i => i.Measurements.Concat(i.Baseline is { } b ? [b] : []))
            .Where(m => m.Period is not null)
            .Select(m => m.Period!)
            .ToList();

        Assert.Equal(new[] { "2005", "2007", "2009" }, years);
        Assert.NotEmpty(periods);
        Assert.All(periods, p => Assert.Contains(p, years));
    }

    [Fact]
    public void Indicators_LinkedOutcomes_AgreeBothWays()
    {
        var strategy = Model();

        Assert.All(strategy.Outcomes, o => Assert.All(o.Indicators, id =>
        {
            Assert.True(strategy.IndicatorById.ContainsKey(id), $"outcome {o.Id} names unknown indicator {id}");
            Assert.Contains(o.Id, strategy.IndicatorById[id].Outcomes);
        }));
        Assert.All(strategy.Indicators, i => Assert.All(i.Outcomes, id =>
        {
            Assert.True(strategy.OutcomeById.ContainsKey(id), $"indicator {i.Id} names unknown outcome {id}");
            Assert.Contains(i.Id, strategy.OutcomeById[id].Indicators);
        }));
    }

    [Fact]
    public void Figures_AchievementNumbersFromSeed_MatchModel()
    {
        var strategy = Model();
        var seed = Bullets(Between("Key achievements over the lifetime", "## **PRIORITIES FOR 2011-14**"))
            .SelectMany(l => Digits().Matches(l))
            .Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture))
            .Order()
            .ToList();
        var model = strategy.Figures.Select(f => f.Value ?? double.NaN).Order().ToList();

        Assert.Equal(3, seed.Count);
        Assert.Equal(seed, model);
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

        Assert.Equal("2011", strategy.Strategy.Period?.Start.ToString());
        Assert.Equal("2014", strategy.Strategy.Period?.End.ToString());
        Assert.Equal(5, strategy.Strategy.Principles.Count);
        Assert.All(strategy.Strategy.Principles, p => Assert.NotEmpty(p.Outcomes));
        Assert.Equal(7, strategy.Outcomes.Count);
        Assert.Single(strategy.Outcomes, o => o.IsResult);
        Assert.Equal(6, strategy.Outcomes.Count(o => !o.IsResult));
        Assert.Equal(7, strategy.Strategy.Statements.Count(s => s.Kind == StatementKind.SharedPriority));
        Assert.Equal(7, strategy.Strategy.Groups.Count);
        Assert.Equal(6, strategy.Strategy.Groups.Count(g => g.Ref is not null));
        Assert.Equal(3, strategy.Strategy.RagDefinitions.Count);
        Assert.Equal(13, strategy.Strategy.Partners.Count(p => p.Roles.Contains("member")));
        Assert.Equal(10, strategy.Strategy.Partners.Count(p => p.Roles.Contains("consultee")));
        Assert.Equal(3, strategy.Indicators.Count);
        Assert.Equal(3, strategy.Figures.Count);
        Assert.Empty(strategy.Priorities);
        Assert.Empty(strategy.Actions);
        Assert.Equal(PlanState.Missing, strategy.Plan?.State);
    }

    [Fact]
    public void Seed_FixedCensus_MatchesKnownFigures()
    {
        Assert.Equal(5, SeedPrinciples().Count);
        Assert.Equal(6, SeedOutcomeRows().Count);
        Assert.Equal(9, SeedOutcomeRows().Sum(r => r.Measures.Count));
        Assert.Equal(7, Bullets(Between("Key shared priorities and principles include:", "These shared principles")).Count);
        Assert.Equal(13, Bullets(Between("Members of the Community Cohesion Co-ordination Group:", "**APPENDIX B**")).Count);
    }

    private static StrategyContent Model()
    {
        var content = Loaded.Value.Content
            ?? throw new InvalidOperationException(
                "content did not load: " + string.Join(Environment.NewLine, Loaded.Value.Diagnostics.Select(d => d.ToString())));
        return content.StrategyById[StrategyId];
    }

    /// <summary>The numbered core principles under "Identifying core principles", with the outcome ids each points at.</summary>
    private static List<(string Number, string Text, List<string> Outcomes)> SeedPrinciples() =>
        Between("### **Identifying core principles:**", "In addition the consultation process")
            .Select(l => NumberedLine().Match(l.Trim()))
            .Where(m => m.Success)
            .Select(m =>
            {
                var text = m.Groups[2].Value.Trim();
                var refs = OutcomeReference().Match(text);
                var outcomes = refs.Success
                    ? Digits().Matches(refs.Groups["refs"].Value).Select(d => "outcome-" + d.Value).ToList()
                    : new List<string>();
                return (m.Groups[1].Value, text, outcomes);
            })
            .ToList();

    /// <summary>Rows of the tab-separated outcome table: number, outcome, and the list items of "What this will look like".</summary>
    private static List<(string Number, string Title, List<string> Measures)> SeedOutcomeRows() =>
        Between("<b>Outcomes:</b>", "Each of these outcomes")
            .Select(l => OutcomeRow().Match(l.Trim()))
            .Where(m => m.Success)
            .Select(m => (
                m.Groups[1].Value,
                m.Groups[2].Value.Trim(),
                ListItem().Matches(m.Groups[3].Value)
                    .Select(li => li.Groups[1].Value.Trim().TrimStart('•').Trim())
                    .ToList()))
            .ToList();

    /// <summary>The lines after the first line starting with <paramref name="start"/> up to the next line starting with <paramref name="end"/> (or the end).</summary>
    private static List<string> Between(string start, string? end)
    {
        var lines = SeedLines.Value;
        var from = Array.FindIndex(lines, l => l.Trim().StartsWith(start, StringComparison.Ordinal));
        Assert.True(from >= 0, $"the seed has no line starting '{start}'");
        var result = new List<string>();
        for (var i = from + 1; i < lines.Length; i++)
        {
            if (end is not null && lines[i].Trim().StartsWith(end, StringComparison.Ordinal))
            {
                return result;
            }

            result.Add(lines[i]);
        }

        Assert.True(end is null, $"the seed has no line starting '{end}' after '{start}'");
        return result;
    }

    /// <summary>The "- " bullet items among <paramref name="lines"/>, without the bullet.</summary>
    private static List<string> Bullets(IEnumerable<string> lines) =>
        lines
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("- ", StringComparison.Ordinal))
            .Select(l => l[2..].Trim())
            .ToList();

    /// <summary>A list item without its trailing "; and", ";" or ".".</summary>
    private static string CleanListItem(string item)
    {
        var text = item.Trim();
        if (text.EndsWith("; and", StringComparison.Ordinal))
        {
            text = text[..^"; and".Length];
        }

        return text.TrimEnd(';', '.').Trim();
    }

    private static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

}
