using System.Text.RegularExpressions;
using CohesionSite.Core.Diagnostics;
using CohesionSite.Core.Model;
using Xunit;

namespace CohesionSite.Content.Tests.Census;

/// <summary>
/// Census of <c>seeds/002_8d90a48b3c8d613a.txt</c> (East Midlands, report for the EHRC with a toolkit, March 2009):
/// counts what is recognisable in the seed text itself (toolkit principles, numbered checklist questions,
/// "actions to take" bullets, the tab-separated PVE funding tables, good-practice examples, the definition's
/// clauses, numbered sections, toolkit resources and service areas) and compares each with the loaded model
/// of <c>content/east-midlands-2009</c>.
/// </summary>
public sealed partial class EastMidlandsCensusTests
{
    private const string StrategyId = "east-midlands-2009";
    private const string SeedFile = "002_8d90a48b3c8d613a.txt";

    private static readonly Lazy<string[]> SeedLines = new(() => Repo.SeedLines(SeedFile));

    private static readonly Lazy<LoadResult> Loaded = new(() => Repo.LoadOnly(StrategyId));

    [Fact]
    public void Load_EastMidlands_HasNoErrors()
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
    public void ToolkitPrinciples_CountedFromSeed_MatchModel()
    {
        var toolkit = ModelToolkit();

        // 3.2: one "Principle N: ..." heading per principle.
        var seed = SeedToolkitPrinciples();
        Assert.Equal(seed.Count, toolkit.Principles.Count);
        Assert.Equal(seed.Select(p => p.Number), toolkit.Principles.Select(p => p.Number ?? string.Empty));

        // 3.1: "What are the five social inclusion principles ..." numbered list gives their names.
        var listed = Between("What are the five social inclusion principles", "By considering these five principles")
            .Select(l => NumberedItem().Match(l.Trim()))
            .Where(m => m.Success)
            .Select(m => m.Groups[2].Value.Trim())
            .ToList();
        Assert.Equal(listed.Count, toolkit.Principles.Count);
        Assert.Equal(listed, toolkit.Principles.Select(p => p.Title));

        // 3.4 Summary of key principles restates each principle once.
        var summarised = Between("3.4 Summary of key principles", null)
            .Count(l => PrincipleHeading().IsMatch(l.Trim()));
        Assert.Equal(summarised, toolkit.Principles.Count);

        // The text's own count ("the following five social inclusion principles").
        var claim = Assert.Single(ModelStrategy().Strategy.CountClaims, c => c.Text == "the following five social inclusion principles");
        Assert.Equal(claim.Stated, toolkit.Principles.Count);
    }

    [Fact]
    public void ToolkitQuestions_CountedFromSeed_MatchModel()
    {
        var toolkit = ModelToolkit();
        var seed = SeedToolkitPrinciples();
        Assert.Equal(seed.Count, toolkit.Principles.Count);

        for (var i = 0; i < seed.Count; i++)
        {
            var model = toolkit.Principles[i];
            Assert.Equal((seed[i].Number, seed[i].Questions.Count), (seed[i].Number, model.Questions.Count));
            Assert.Equal(seed[i].Questions, model.Questions.Select(q => q.Text.Trim()));
        }

        Assert.Equal(seed.Sum(p => p.Questions.Count), toolkit.Principles.Sum(p => p.Questions.Count));
    }

    [Fact]
    public void ToolkitActions_CountedFromSeed_MatchModel()
    {
        var toolkit = ModelToolkit();
        var seed = SeedToolkitPrinciples();
        Assert.Equal(seed.Count, toolkit.Principles.Count);

        // An action the seed breaks off at a page break ("… identify who your") is captured whole from 3.4 Summary.
        var summary = Between("3.4 Summary of key principles", null).Select(l => l.Trim()).Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => l[2..].Trim()).ToArray();
        string Whole(string action) => summary.Where(s => s.StartsWith(action + " ", StringComparison.Ordinal)).ToArray() is [var whole] ? whole : action;
        for (var i = 0; i < seed.Count; i++)
        {
            var model = toolkit.Principles[i];
            Assert.Equal((seed[i].Number, seed[i].Actions.Count), (seed[i].Number, model.Actions.Count));
            Assert.Equal(seed[i].Actions.Select(Whole), model.Actions.Select(a => a.Trim()));
        }
    }

    [Fact]
    public void ToolkitServiceAreas_CountedFromSeed_MatchModel()
    {
        var toolkit = ModelToolkit();
        var seed = Between("Does this really apply to the work I do?", "The five social inclusion principles also support")
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("- ", StringComparison.Ordinal))
            .Select(l => l[2..].Trim())
            .ToList();
        Assert.Equal(seed.Count, toolkit.ServiceAreas.Count);
        Assert.Equal(seed, toolkit.ServiceAreas);
    }

    [Fact]
    public void ToolkitResources_CountedFromSeed_MatchModel()
    {
        var toolkit = ModelToolkit();

        // 2.1 Useful links: one "- ❖ *title* ..." bullet per link, the address on the next line.
        var links = Between("2.1 Useful links", "2.2 Bibliography and References")
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("- ❖", StringComparison.Ordinal))
            .Select(l => l["- ❖".Length..].Replace("*", string.Empty, StringComparison.Ordinal).Trim())
            .ToList();

        // 2.2 Bibliography: one non-empty line per entry, up to the toolkit's title page.
        var bibliography = Between("2.2 Bibliography and References", "**Community Cohesion toolkit")
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .Select(l => l.Replace("*", string.Empty, StringComparison.Ordinal))
            .ToList();

        // 3.3: numbered "1) ..." resources.
        var useful = Between("3.3 Some useful resources", "3.4 Summary of key principles")
            .Select(l => NumberedResource().Match(l.Trim()))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value.Trim())
            .ToList();

        Assert.Equal(links.Count + bibliography.Count + useful.Count, toolkit.Resources.Count);
        Assert.Equal(links, toolkit.Resources.Take(links.Count).Select(r => r.Title));
        Assert.Equal(bibliography, toolkit.Resources.Where(r => r.Kind == ResourceKind.Bibliography).Select(r => r.Title));
        Assert.Equal(useful, toolkit.Resources.Skip(links.Count + bibliography.Count).Select(r => r.Title));
        Assert.All(
            toolkit.Resources.Where(r => r.Url is not null),
            r => Assert.Matches("^(https?://|mailto:)\\S+$", r.Url!));
    }

    [Fact]
    public void Annex1Rows_CountedFromSeed_MatchModel()
    {
        var (columns, rows) = SeedTable(Between("2.0 Annex 1", "2.1 Useful links"));
        var table = Assert.Single(ModelStrategy().Tables, t => t.Id == "annex-1-pve-funding");

        Assert.Equal(columns, table.Columns);
        Assert.Equal(rows.Count, table.Rows.Count);
        Assert.All(table.Rows, r => Assert.Equal(table.Columns.Count, r.Count));

        // Every authority as written, wherever the conversion put its cell.
        Assert.Equal(NonEmptyCells(rows), NonEmptyCells(table.Rows));
    }

    [Fact]
    public void EastMidlandsExcerptRows_CountedFromSeed_MatchModel()
    {
        var (columns, rows) = SeedTable(Between("The below excerpt shows", "The East Midlands region received"));
        var table = Assert.Single(ModelStrategy().Tables, t => t.Id == "pve-funding-east-midlands");

        Assert.Equal(columns, table.Columns);
        Assert.Equal(rows.Count, table.Rows.Count);
        Assert.Equal(
            rows.Select(r => string.Join("|", r)),
            table.Rows.Select(r => string.Join("|", r.Select(c => c.Trim()))));
    }

    [Fact]
    public void GoodPracticeExamples_CountedFromSeed_MatchModel()
    {
        var model = ModelStrategy();

        // 1.4: each example starts with a short heading line (a place or a project name) ...
        var goodPractice = Between("1.4 Good practice in the East Midlands", "Legislative Changes");
        var headings = goodPractice.Where(IsHeadingLine).Select(l => l.Trim()).ToList();

        // ... except the Leicester Mercury example, a stand-alone italic paragraph.
        var italic = goodPractice
            .Select(l => l.Trim())
            .Where(l => l.Length > 2 && l.StartsWith('*') && l.EndsWith('*'))
            .ToList();

        // 1.3: the Nottingham away day, the heading after the East Midlands funding excerpt.
        var pve = Between("1.3 Cohesion, equality and Preventing Violent Extremism", "1.4 Good practice in the East Midlands");
        var lastTableLine = pve.FindLastIndex(l => l.Contains('\t'));
        var pveExamples = pve.Skip(lastTableLine + 1).Where(IsHeadingLine).Select(l => l.Trim()).ToList();

        Assert.Equal(headings.Count + italic.Count + pveExamples.Count, model.Cases.Count);
        foreach (var heading in headings.Concat(pveExamples))
        {
            Assert.Contains(model.Cases, c => c.Title == heading);
        }

        foreach (var paragraph in italic)
        {
            Assert.Contains(model.Cases, c => c.Summary.Trim() == paragraph);
        }

        Assert.All(
            model.Cases.SelectMany(c => c.Links).Where(l => l.Url is not null),
            l => Assert.Matches("^https?://\\S+$", l.Url!));
    }

    [Fact]
    public void DefinitionClauses_CountedFromSeed_MatchModel()
    {
        var definition = ModelStrategy().Strategy.Definition;
        Assert.NotNull(definition);
        var seed = Between("1.1 Community Cohesion", "1.2 The East Midlands context")
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("- ❖", StringComparison.Ordinal))
            .Select(l => l["- ❖".Length..].Trim())
            .ToList();
        Assert.Equal(seed.Count, definition!.Clauses.Count);
        Assert.Equal(seed, definition.Clauses);
    }

    [Fact]
    public void NumberedSections_CountedFromSeed_MatchModel()
    {
        var headings = SeedLines.Value
            .Where(l => !l.Contains('\t'))
            .Select(l => ReportHeading().Match(l.Trim()))
            .Where(m => m.Success)
            .ToList();
        var seed = headings.Select(m => m.Groups[1].Value.Trim()).ToList();
        var sections = ModelStrategy().Strategy.Sections;
        Assert.Equal(seed.Count, sections.Count);
        Assert.Equal(seed, sections.Select(s => s.Title));

        // "1.0 Introduction" … "1.4 Good practice …": the number is held apart from the title.
        Assert.Equal(headings.Select(m => m.Value.Trim()[..3]), sections.Select(s => s.Number ?? string.Empty));
    }

    [Fact]
    public void ToolkitQuestionNumbers_FromSeedMarkers_MatchModel()
    {
        var seed = Between("3.2 How to embed", "3.3 Some useful resources")
            .Select(l => QuestionMarker().Match(l.Trim()))
            .Where(m => m.Success)
            .Select(m => m.Value.Replace("- ", string.Empty, StringComparison.Ordinal).TrimEnd(' ', ')'))
            .ToList();
        var model = ModelToolkit().Principles.SelectMany(p => p.Questions).Select(q => q.Number ?? string.Empty).ToList();

        Assert.Equal(12, seed.Count);
        Assert.Equal(seed, model);
    }

    [Fact]
    public void ToolkitResources_SourceHeadingsAndLeadIn_FromSeed()
    {
        var toolkit = ModelToolkit();
        var linkHeading = SeedLines.Value.Single(l => !l.Contains('\t') && l.StartsWith("2.1 Useful links", StringComparison.Ordinal)).Trim().TrimEnd(':');
        var bibliographyHeading = SeedLines.Value.Single(l => !l.Contains('\t') && l.StartsWith("2.2 Bibliography", StringComparison.Ordinal)).Trim();
        var usefulHeading = SeedLines.Value.Single(l => !l.Contains('\t') && l.StartsWith("3.3 Some useful resources", StringComparison.Ordinal)).Trim();

        Assert.All(toolkit.Resources, r => Assert.NotNull(r.Source?.Section));
        Assert.Equal(
            toolkit.Resources.Select(r => r.Kind == ResourceKind.Bibliography ? bibliographyHeading : r.Source!.Section),
            toolkit.Resources.Select(r => r.Source!.Section));
        Assert.Equal(8, toolkit.Resources.Count(r => r.Source!.Section == linkHeading));
        Assert.Equal(6, toolkit.Resources.Count(r => r.Source!.Section == usefulHeading));

        // The 3.3 lead-in is held as the resources' intro, not appended to the toolkit intro.
        var leadIn = Between("3.3 Some useful resources", "1) ").Select(l => l.Trim()).Single(l => l.Length > 0);
        Assert.Equal(leadIn, toolkit.ResourcesIntro);
        Assert.DoesNotContain(leadIn, toolkit.Intro ?? string.Empty, StringComparison.Ordinal);

        // The toolkit's own title page is dated March 2009.
        var titlePage = Between("**Community Cohesion toolkit", "3.0 Community Cohesion toolkit").Select(l => l.Trim()).Last(l => l.Length > 0);
        Assert.Equal("March 2009", titlePage);
        Assert.Equal("2009-03", toolkit.Date?.ToString());
    }

    [Fact]
    public void SectionLinks_ExcerptTableAndCases_ArePresentedByTheirSections()
    {
        var strategy = ModelStrategy();
        var sections = strategy.AllSections.ToList();

        var pve = Assert.Single(sections, s => s.Id == "pve-east-midlands");
        Assert.Contains("pve-funding-east-midlands", pve.Evidence);
        Assert.Equal(new[] { "nottingham-muslim-steering-group" }, pve.Cases);

        // Every case study and every figure is presented by exactly one section.
        Assert.Equal(strategy.Cases.Select(c => c.Id).Order(StringComparer.Ordinal), sections.SelectMany(s => s.Cases).Order(StringComparer.Ordinal));
        Assert.Equal(strategy.Figures.Select(f => f.Id).Order(StringComparer.Ordinal), sections.SelectMany(s => s.Evidence).Where(e => strategy.Figures.Any(f => f.Id == e)).Order(StringComparer.Ordinal));
    }

    // ---- model -------------------------------------------------------------------------------

    private static StrategyContent ModelStrategy()
    {
        var result = Loaded.Value;
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.NotNull(result.Content);
        return result.Content!.StrategyById[StrategyId];
    }


    private static Toolkit ModelToolkit()
    {
        var toolkit = ModelStrategy().Toolkit;
        Assert.NotNull(toolkit);
        return toolkit!;
    }

    // ---- seed --------------------------------------------------------------------------------

    private sealed record SeedPrinciple(string Number, string Heading, List<string> Questions, List<string> Actions);

    /// <summary>The principles of 3.2 with their numbered questions (i), ii) ...) and "actions to take" bullets.</summary>
    private static List<SeedPrinciple> SeedToolkitPrinciples()
    {
        var principles = new List<SeedPrinciple>();
        SeedPrinciple? current = null;
        var inActions = false;
        foreach (var raw in Between("3.2 How to embed", "3.3 Some useful resources"))
        {
            var line = raw.Trim();
            var heading = PrincipleHeading().Match(line);
            if (heading.Success)
            {
                current = new SeedPrinciple(heading.Groups[1].Value, heading.Groups[2].Value.Trim(), [], []);
                principles.Add(current);
                inActions = false;
                continue;
            }

            if (current is null)
            {
                continue;
            }

            if (ActionsHeading().IsMatch(line))
            {
                inActions = true;
                continue;
            }

            if (inActions)
            {
                if (line.StartsWith("- ", StringComparison.Ordinal))
                {
                    current.Actions.Add(line[2..].Trim());
                }

                continue;
            }

            var marker = QuestionMarker().Match(line);
            if (marker.Success)
            {
                current.Questions.Add(QuestionText(line[marker.Length..]));
            }
        }

        return principles;
    }

    /// <summary>The question itself: markup removed, up to and including its first question mark.</summary>
    private static string QuestionText(string rest)
    {
        var text = rest.Replace("**", string.Empty, StringComparison.Ordinal).Trim();
        var end = text.IndexOf('?');
        return end >= 0 ? text[..(end + 1)] : text;
    }

    /// <summary>A tab-separated table: the first line with a tab is the header, every later line with a tab a row.</summary>
    private static (List<string> Columns, List<List<string>> Rows) SeedTable(List<string> block)
    {
        var tabbed = block.Where(l => l.Contains('\t')).ToList();
        Assert.NotEmpty(tabbed);
        var columns = tabbed[0].Split('\t').Select(c => c.Trim()).ToList();
        var rows = tabbed.Skip(1).Select(l => l.Split('\t').Select(c => c.Trim()).ToList()).ToList();
        return (columns, rows);
    }

    private static List<string> NonEmptyCells(IEnumerable<IEnumerable<string>> rows) =>
        rows.SelectMany(r => r).Select(c => c.Trim()).Where(c => c.Length > 0).Order(StringComparer.Ordinal).ToList();

    /// <summary>A short stand-alone heading line: not a list item, not emphasis, not a sentence, not a table row.</summary>
    private static bool IsHeadingLine(string raw)
    {
        var line = raw.Trim();
        return line.Length is > 0 and < 100
            && !raw.Contains('\t')
            && !line.StartsWith('-')
            && !line.StartsWith('*')
            && !line.StartsWith('\'')
            && !".:;,?".Contains(line[^1]);
    }

    /// <summary>Lines strictly between the first heading line starting with <paramref name="start"/> and the next starting with <paramref name="end"/> (or the end of the seed).</summary>
    private static List<string> Between(string start, string? end)
    {
        var lines = SeedLines.Value;
        var from = IndexOfHeading(lines, start, 0);
        var to = end is null ? lines.Length : IndexOfHeading(lines, end, from + 1);
        return lines[(from + 1)..to].ToList();
    }

    /// <summary>Index of the first line at or after <paramref name="from"/> that starts with <paramref name="prefix"/>, skipping tabbed lines (the contents page).</summary>
    private static int IndexOfHeading(string[] lines, string prefix, int from)
    {
        for (var i = from; i < lines.Length; i++)
        {
            if (!lines[i].Contains('\t') && lines[i].TrimStart().StartsWith(prefix, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"'{prefix}' not found in {SeedFile} after line {from + 1}");
    }


    [GeneratedRegex(@"^Principle (\d+): (.+)$")]
    private static partial Regex PrincipleHeading();

    [GeneratedRegex(@"^ACTIONS? TO TAKE:$")]
    private static partial Regex ActionsHeading();

    [GeneratedRegex(@"^(?:- )?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\) ")]
    private static partial Regex QuestionMarker();

    [GeneratedRegex(@"^(\d+)\. (.+)$")]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"^\d+\) (.+)$")]
    private static partial Regex NumberedResource();

    [GeneratedRegex(@"^1\.\d (.+)$")]
    private static partial Regex ReportHeading();
}
