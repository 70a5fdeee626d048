using System.Text;
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

    [Fact]
    public void Parse_MutatedShippedFiles_EveryRejectionIsOneDiagnosticInsideTheFile()
    {
        // Random edits a person might make: whatever breaks, the error names one place that exists
        // in the file, and finding the culprit never throws.
        var random = new Random(20261202);
        var sources = Directory.GetFiles(Repo.ContentRoot, "*.yaml", SearchOption.AllDirectories).Select(File.ReadAllText).Where(t => t.Length < 60_000).ToArray();
        const string Inserts = ":#-\"'|>[]{},& *!?\n a\t%@`\\";
        var rejected = 0;
        for (var n = 0; n < 3000; n++)
        {
            var text = new StringBuilder(sources[random.Next(sources.Length)]);
            for (var edits = 1 + random.Next(3); edits > 0; edits--)
            {
                var at = random.Next(text.Length + 1);
                text.Insert(at, Inserts[random.Next(Inserts.Length)]);
            }

            var mutated = text.ToString();
            var diagnostics = new List<Diagnostic>();
            if (YamlFileReader.Parse(mutated, "x.yaml", diagnostics) is not null)
            {
                continue;
            }

            rejected++;
            var d = Assert.Single(diagnostics);
            var lines = mutated.Split('\n');
            Assert.True(d.Mark.Line >= 1 && d.Mark.Line <= lines.Length, $"mutant {n}: line {d.Mark.Line} of {lines.Length}: {d.Message}\n{mutated}");
            Assert.True(d.Mark.Column >= 1 && d.Mark.Column <= lines[d.Mark.Line - 1].Length + 1, $"mutant {n}: column {d.Mark.Column} on a line of {lines[d.Mark.Line - 1].Length}");
        }

        Assert.True(rejected > 300, $"only {rejected} mutants were rejected: the test would check too little");
    }
}
