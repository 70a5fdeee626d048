namespace CohesionSite.Content.Tests;

/// <summary>A throw-away content folder with a minimal national layer and one strategy, for error tests.</summary>
public sealed class TempContent : IDisposable
{
    public const string National = """
        frameworks:
          - id: white-paper-2006
            title: Eight priorities
            kind: priorities
            items:
              - id: leadership-and-engagement
                title: Leadership and engagement
        definitions:
          - id: cic-2007
            title: CIC 2007 definition
        indicators:
          - id: ni-1
            code: NI 1
            title: People who get on well together
        """;

    public const string Strategy = """
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
        """;

    public const string Priorities = """
        priorities:
          - id: "1"
            kind: theme
            title: People
            children:
              - id: "1.1"
                title: Building mutual respect
        """;

    public TempContent()
    {
        Root = Path.Combine(Path.GetTempPath(), "cohesion-tests", Guid.NewGuid().ToString("N"), "content");
        Directory.CreateDirectory(Path.Combine(Root, "national"));
        Directory.CreateDirectory(Path.Combine(Root, "demo"));
        Write("national/frameworks.yaml", National);
        Write("demo/strategy.yaml", Strategy);
        Write("demo/priorities.yaml", Priorities);
    }

    public string Root { get; }

    public TempContent Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public TempContent WriteBytes(string relative, byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(Root, relative), bytes);
        return this;
    }

    public LoadResult Load() => ContentLoader.Load(Root);

    /// <summary>The diagnostics as compiler-style lines.</summary>
    public string[] Messages() => Load().Diagnostics.Select(d => d.ToString()).ToArray();

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
