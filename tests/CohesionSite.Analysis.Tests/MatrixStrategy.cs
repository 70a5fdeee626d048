using CohesionSite.Content;
using CohesionSite.Core.Model;

namespace CohesionSite.Analysis.Tests;

/// <summary>
/// A small strategy loaded from YAML in a temp folder: a 2 × 2 framework matrix, a principle that
/// corresponds to a White Paper priority, an outcome the principle points at, a priority tree and an
/// indicator that states no direction of its own. Tests edit one file to open the case they are about.
/// </summary>
public sealed class MatrixStrategy : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "cohesion-analysis-tests", Guid.NewGuid().ToString("N"));

    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal)
    {
        ["national/frameworks.yaml"] = """
            frameworks:
              - id: white-paper-2006
                title: Eight priorities
                kind: priorities
                items:
                  - id: young-people
                    title: Young people
                  - id: interfaith
                    title: Interfaith
              - id: cic-2007-principles
                title: CIC principles
                kind: principles
                items:
                  - id: shared-futures
                    title: Shared futures
                  - id: visible-social-justice
                    title: Visible social justice
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
            source: { seed: demo.txt }
            partners:
              - id: council
                name: Demo Council
            principles:
              - id: p1
                title: Young people first
                national: [white-paper-2006/young-people]
                outcomes: [o1]
            matrix:
              title: Framework
              rows: white-paper-2006
              columns: cic-2007-principles
            """,
        ["demo/priorities.yaml"] = """
            priorities:
              - id: "1"
                kind: theme
                title: Faith
                national: [white-paper-2006/interfaith]
                children:
                  - id: "1.1"
                    number: "1.1"
                    title: Faith forums
                    commitments:
                      - id: 1.1-c1
                        text: Hold faith forums on social justice
                        national: [cic-2007-principles/visible-social-justice]
            """,
        ["demo/outcomes.yaml"] = """
            outcomes:
              - id: o1
                title: Young people feel they belong
            """,
        ["demo/indicators.yaml"] = """
            indicators:
              - id: i1
                title: Getting on well
                national: ni-1
            """,
        ["demo/actions.yaml"] = """
            plan: { state: present }
            actions:
              - id: "1"
                text: Youth forum
                principles: [p1]
                national: [cic-2007-principles/shared-futures]
            """,
    };

    /// <summary>Replaces <paramref name="old"/> (which must occur) in one file.</summary>
    public MatrixStrategy Edit(string file, string old, string replacement)
    {
        Assert.Contains(old, _files[file], StringComparison.Ordinal);
        _files[file] = _files[file].Replace(old, replacement, StringComparison.Ordinal);
        return this;
    }

    /// <summary>Adds (or replaces) a whole file.</summary>
    public MatrixStrategy Write(string file, string text)
    {
        _files[file] = text;
        return this;
    }

    /// <summary>Writes the files, loads them cleanly and analyses the strategy.</summary>
    public StrategyAnalysis Analyse()
    {
        var content = Load();
        return StrategyAnalysis.Of(content.Strategies.Single(), content.National);
    }

    /// <summary>Writes the files and loads them; any loader error fails the test.</summary>
    public ContentSet Load()
    {
        foreach (var (file, text) in _files)
        {
            var path = Path.Combine(_root, "content", file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        var loaded = ContentLoader.Load(Path.Combine(_root, "content"));
        Assert.True(loaded.Content is not null && loaded.Diagnostics.Count == 0, string.Join("\n", loaded.Diagnostics));
        return loaded.Content!;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
