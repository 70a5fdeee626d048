using CohesionSite.Content;
using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Tests;

/// <summary>
/// A small content folder in which every rule of the catalogue is satisfied (no findings at all);
/// a test edits one thing to open exactly the gap it is about. Edits are text replacements that
/// must match, so a fixture change cannot silently turn a test into one that cannot fail.
/// </summary>
public sealed class RuleFixture : IDisposable
{
    public static readonly PartialDate AsOf = new(2010, 4, 1, DatePrecision.Day);

    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal)
    {
        ["national/frameworks.yaml"] = """
            frameworks:
              - id: white-paper-2006
                title: Eight priorities
                kind: priorities
                items:
                  - id: leadership-and-engagement
                    title: Leadership and engagement
              - id: cic-2007-principles
                title: CIC principles
                kind: principles
                items:
                  - id: shared-futures
                    title: Shared futures
              - id: protected-characteristics
                title: Protected characteristics
                items:
                  - id: age
                    title: Age
            definitions:
              - id: cic-2007
                title: CIC 2007 definition
            indicators:
              - id: ni-1
                code: NI 1
                title: People who get on well together
                direction: higher
            """,
        ["demo/strategy.yaml"] = """
            id: demo
            title: Demo strategy
            partnership: Demo Partnership
            area: Demo
            period: { start: "2008", end: "2011" }
            source: { seed: demo.txt }
            partners:
              - id: walsall-council
                name: Walsall Council
              - id: walsall-college
                name: Walsall College
            principles:
              - id: p1
                title: Fairness
                outcomes: [o1]
            values:
              - id: v1
                title: Respect
            groups:
              - id: older-people
                title: Older people
                ref: protected-characteristics/age
            matrix:
              title: Framework
              rows: cic-2007-principles
              columns: white-paper-2006
            countClaims:
              - list: principles
                stated: 1
                text: our one principle
            """,
        ["demo/priorities.yaml"] = """
            priorities:
              - id: "1"
                kind: theme
                title: People
                children:
                  - id: "1.1"
                    number: "1.1"
                    title: Building mutual respect
                    variants:
                      - place: contents
                        title: "Building Mutual Respect"
                    commitments:
                      - id: 1.1-c1
                        text: Engage with schools
                        actions: ["1.1.1"]
            """,
        ["demo/outcomes.yaml"] = """
            outcomes:
              - id: o1
                title: People get on well
                indicators: [i1]
            """,
        ["demo/indicators.yaml"] = """
            indicators:
              - id: i1
                title: Getting on well
                priorities: ["1"]
                national: ni-1
                owner: Demo Council
                baseline: { period: "2008", value: 50 }
                targets:
                  - { period: "2010", value: 60 }
                measurements:
                  - { period: "2009", value: 55 }
            """,
        ["demo/actions.yaml"] = """
            plan: { state: present }
            actions:
              - id: "1.1.1"
                text: Engage with schools
                priority: "1.1"
                milestones:
                  - text: Meeting held
                    due: "2010-06"
                leads: [walsall-council]
                outcome: Schools promote cohesion
                outcomes: [o1]
                principles: [p1]
                values: [v1]
                groups: [older-people]
                national: [cic-2007-principles/shared-futures, white-paper-2006/leadership-and-engagement]
                status: in-progress
                rag: green
            """,
        ["demo/toolkit.yaml"] = """
            title: Toolkit
            principles:
              - id: tp1
                title: Inclusion
                questions:
                  - text: Who is left out?
                actions:
                  - Ask them
            """,
    };

    public RuleFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "cohesion-rules-tests", Guid.NewGuid().ToString("N"), "content");
    }

    public string Root { get; }

    /// <summary>Replaces <paramref name="old"/> (which must occur) with <paramref name="replacement"/> in one file.</summary>
    public RuleFixture Edit(string file, string old, string replacement)
    {
        var text = _files[file];
        Assert.True(text.Contains(old, StringComparison.Ordinal), $"fixture {file} does not contain '{old}'");
        _files[file] = text.Replace(old, replacement, StringComparison.Ordinal);
        return this;
    }

    /// <summary>Replaces a whole file (or adds one).</summary>
    public RuleFixture Write(string file, string text)
    {
        _files[file] = text;
        return this;
    }

    /// <summary>Writes the files, loads them (integrity errors keep the model) and runs the shipped catalogue (or <paramref name="rules"/>).</summary>
    public GapReport Check(RuleSet? rules = null, PartialDate? asOf = null, bool ownDates = false)
    {
        foreach (var (file, text) in _files)
        {
            var path = Path.Combine(Root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        var loaded = ContentLoader.Load(Root);
        Assert.True(loaded.Content is not null, string.Join("\n", loaded.Diagnostics));
        // Judged at the fixture's fixed date unless the test is about each strategy's own date.
        return new GapChecker(rules ?? Repo.Rules).Check(loaded.Content, loaded.Diagnostics, ownDates ? asOf : asOf ?? AsOf).Report;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path.GetDirectoryName(Root)!, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
