using CohesionSite.Content.Yaml;
using CohesionSite.Core.Diagnostics;

namespace CohesionSite.Content.Tests;

/// <summary>
/// Golden positions of syntax errors: each broken file in Fixtures/Syntax says on its first line
/// (<c># expect: LINE:COLUMN text</c>) where the offending character is and what the message says.
/// </summary>
public sealed class SyntaxErrorPositionTests
{
    public static TheoryData<string> Corpus() =>
        new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Syntax"), "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Parse_BrokenFile_ReportsTheOffendingCharacter(string name)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Syntax", name));
        var expect = text.Split('\n')[0]["# expect: ".Length..];
        var position = expect[..expect.IndexOf(' ', StringComparison.Ordinal)];
        var words = expect[(position.Length + 1)..];
        var diagnostics = new List<Diagnostic>();

        Assert.Null(YamlFileReader.Parse(text, name, diagnostics));

        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax, d.Code);
        Assert.Equal($"{name}:{position}", d.Mark.ToString());
        Assert.Contains(words, d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(59)]
    [InlineData(61)]
    [InlineData(15)]
    public void Parse_ShippedActionsWithTabIndent_PointsAtTheTab(int line)
    {
        var lines = File.ReadAllLines(Path.Combine(Repo.ContentRoot, "walsall-2008", "actions.yaml"));
        var indent = lines[line - 1].Length - lines[line - 1].TrimStart(' ').Length;
        Assert.True(indent >= 2, $"line {line} is not indented");
        lines[line - 1] = "\t" + lines[line - 1][2..];
        var diagnostics = new List<Diagnostic>();

        Assert.Null(YamlFileReader.Parse(string.Join('\n', lines) + "\n", "actions.yaml", diagnostics));

        var d = Assert.Single(diagnostics);
        Assert.Equal($"actions.yaml:{line}:1", d.Mark.ToString());
        Assert.Contains("tab", d.Message, StringComparison.Ordinal);
    }
}
