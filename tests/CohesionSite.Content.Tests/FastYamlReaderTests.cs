using System.Text;
using CohesionSite.Tools.Synthetic;
using CohesionSite.Content.Yaml;
using CohesionSite.Core.Diagnostics;

namespace CohesionSite.Content.Tests;

/// <summary>
/// The fast YAML reader either builds exactly the tree YamlDotNet's events build (values, styles,
/// lines, columns, key order) or declines, so the file goes to YamlDotNet. Checked on the shipped
/// content, on generated content, on hand-written edge cases and on thousands of mutated files.
/// </summary>
public sealed class FastYamlReaderTests
{
    private static IEnumerable<string> ShippedYamlFiles() =>
        Directory.GetFiles(Path.Combine(Repo.Root, "content"), "*.yaml", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(Repo.Root, "rules"), "*.yaml", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void TryParse_ShippedContent_MatchesYamlDotNetWhereverItAccepts()
    {
        var files = ShippedYamlFiles().ToArray();
        var accepted = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var fast = FastYamlReader.TryParse(text);
            if (fast is null)
            {
                continue;
            }

            accepted++;
            AssertSameAsYamlDotNet(text, fast, file);
        }

        // Most shipped files are in the subset; a reader that declined everything would pass the loop above.
        Assert.True(accepted >= files.Length * 3 / 4, $"fast path took {accepted} of {files.Length} shipped files");
    }

    [Fact]
    public void TryParse_GeneratedContent_TakesEveryFileAndMatchesYamlDotNet()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cohesion-fastyaml-" + Guid.NewGuid().ToString("N"));
        try
        {
            ContentGenerator.Write(folder, strategies: 4, actionsPerStrategy: 30, seed: 11);
            var files = Directory.GetFiles(folder, "*.yaml", SearchOption.AllDirectories).Where(f => !f.Contains("/national/", StringComparison.Ordinal)).ToArray();
            Assert.NotEmpty(files);
            foreach (var file in files)
            {
                var text = File.ReadAllText(file);
                var fast = FastYamlReader.TryParse(text);
                Assert.True(fast is not null, $"fast path declined generated file {file}");
                AssertSameAsYamlDotNet(text, fast, file);
            }
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, true);
            }
        }
    }

    public static TheoryData<string> InSubset() => new()
    {
        "a: 1\nb: two words\n",
        "# comment\n\nkey: value # trailing\nother: C#-like # and a comment\n",
        "url: https://example.org/a?b=c\n",
        "q: \"a \\\"quoted\\\" \\\\ text\\n\\u00e9\"\ns: 'it''s here'\nempty: ''\n",
        "list:\n  - one\n  - \"two\"\n  - 'three'\n",
        "list:\n- one\n- two\nafter: x\n",
        "items:\n  - id: \"1.1\"\n    text: First\n    leads: [a, b-c, \"d\"]\n  - id: '1.2'\n    progress:\n      - { date: \"2009-09\", text: Done well. }\n",
        "flow: []\nmap: {}\nseq: [ x ,y ]\nnested: { id: p-1, outcomes: [o-1, 'o-2'], empty: [] }\n",
        "body: |-\n  line one\n\n  line three\n    indented\nnext: x\n",
        "body: |\n  kept\n\n\nnext: x\n",
        "outer:\n  inner:\n    deep: value\n  back: here\nroot: end\n",
        "  indented: root\n  second: key\n",
        "text: a 'quoted' word and \"double\" too\n",
        "n: null\nt: ~\nb: true\nnum: 3\n",
        "v: naïve café\nafter: [é, x]\n",
    };

    [Theory]
    [MemberData(nameof(InSubset))]
    public void TryParse_SubsetText_MatchesYamlDotNet(string text)
    {
        var fast = FastYamlReader.TryParse(text);
        Assert.NotNull(fast);
        AssertSameAsYamlDotNet(text, fast, "snippet");
    }

    public static TheoryData<string> OutsideSubset() => new()
    {
        "a: &x 1\nb: *x\n",
        "a: !tag 1\n",
        "a: one\n  continued\n",
        "a:\tb\n",
        "a: b\r\nc: d\r\n",
        "a: |+\n  kept\n",
        "a: >\n  folded\n",
        "a: 1\na: 2\n",
        "a:\nb: 1\n",
        "a: [one,\n  two]\n",
        "---\na: 1\n",
        "a: 1\n---\nb: 2\n",
        "? complex\n: key\n",
        "a: b: c\n",
        "- - nested\n",
        "a: \"unclosed\n",
        "a: 'x' trailing\n",
        "a: [x, [y]]\n",
        "a: {b:c}\n",
        "a: [{b: c}]\n",
        "a: \"\\x41\"\n",
        "  a: 1\n b: 2\n",
        "a:\n  - x\n  y: 1\n",
        "",
        "# only a comment\n",
        "plain scalar root\n",
    };

    [Theory]
    [MemberData(nameof(OutsideSubset))]
    public void TryParse_TextOutsideSubset_Declines(string text)
    {
        Assert.Null(FastYamlReader.TryParse(text));
    }

    [Fact]
    public void TryParse_MutatedShippedFiles_NeverDisagreesWithYamlDotNet()
    {
        // Small random edits (the kind a person makes) to real files: wherever the fast reader
        // accepts the result, YamlDotNet must accept it too, without a diagnostic, and agree on every node.
        var random = new Random(20261201);
        var sources = ShippedYamlFiles().Select(File.ReadAllText).Where(t => t.Length < 60_000).ToArray();
        const string Inserts = ":#-\"'|>[]{},& *!?\n a\t%@`\\";
        var accepted = 0;
        for (var n = 0; n < 4000; n++)
        {
            var text = new StringBuilder(sources[random.Next(sources.Length)]);
            for (var edits = 1 + random.Next(3); edits > 0; edits--)
            {
                var at = random.Next(text.Length + 1);
                switch (random.Next(4))
                {
                    case 0 when at < text.Length:
                        text.Remove(at, 1);
                        break;
                    case 1:
                        text.Insert(at, "  ");
                        break;
                    default:
                        text.Insert(at, Inserts[random.Next(Inserts.Length)]);
                        break;
                }
            }

            var mutated = text.ToString();
            if (FastYamlReader.TryParse(mutated) is { } fast)
            {
                accepted++;
                AssertSameAsYamlDotNet(mutated, fast, $"mutant {n}");
            }
        }

        Assert.True(accepted > 400, $"only {accepted} mutants were in the subset: the test would check too little");
    }

    [Fact]
    public void Read_ShippedFilesInTurn_EachTreeKeepsItsOwnTextAfterTheBuffersAreReused()
    {
        // The reader lends every file the same pooled buffers: a tree that kept a view of them would
        // read the next file's characters. Every tree is compared once all the files have been read.
        var files = ShippedYamlFiles().ToArray();
        var trees = files.Select(f => YamlFileReader.Read(f, "x.yaml", YamlLimits.Default, new List<Diagnostic>())).ToArray();

        for (var i = 0; i < files.Length; i++)
        {
            Assert.NotNull(trees[i]);
            AssertSameAsYamlDotNet(File.ReadAllText(files[i]), trees[i]!, files[i]);
        }
    }

    private static void AssertSameAsYamlDotNet(string text, YNode fast, string where)
    {
        var diagnostics = new List<Diagnostic>();
        var reference = YamlFileReader.ParseWithYamlDotNet(text, "x.yaml", diagnostics);
        Assert.True(diagnostics.Count == 0, $"{where}: the fast reader accepted text YamlDotNet rejects: {string.Join("; ", diagnostics.Select(d => d.Message))}\n{text}");
        Assert.NotNull(reference);
        AssertSameNode(reference, fast, where + " $");
    }

    private static void AssertSameNode(YNode expected, YNode actual, string path)
    {
        Assert.True(expected.GetType() == actual.GetType(), $"{path}: {expected.GetType().Name} expected, {actual.GetType().Name} read");
        Assert.True((expected.Line, expected.Column) == (actual.Line, actual.Column), $"{path}: at {expected.Line}:{expected.Column} expected, {actual.Line}:{actual.Column} read");
        switch (expected)
        {
            case YScalar s:
                var a = (YScalar)actual;
                Assert.True(s.Value == a.Value, $"{path}: value '{s.Value}' expected, '{a.Value}' read");
                Assert.True(s.IsPlain == a.IsPlain, $"{path}: plain {s.IsPlain} expected");
                break;
            case YSeq q:
                var aq = (YSeq)actual;
                Assert.True(q.Items.Count == aq.Items.Count, $"{path}: {q.Items.Count} items expected, {aq.Items.Count} read");
                for (var i = 0; i < q.Items.Count; i++)
                {
                    AssertSameNode(q.Items[i], aq.Items[i], $"{path}[{i}]");
                }

                break;
            case YMap m:
                var am = (YMap)actual;
                Assert.True(m.Entries.Count == am.Entries.Count, $"{path}: {m.Entries.Count} entries expected, {am.Entries.Count} read");
                for (var i = 0; i < m.Entries.Count; i++)
                {
                    var key = (m.Entries[i].Key as YScalar)?.Value ?? "?";
                    AssertSameNode(m.Entries[i].Key, am.Entries[i].Key, $"{path}.{key}(key)");
                    AssertSameNode(m.Entries[i].Value, am.Entries[i].Value, $"{path}.{key}");
                }

                break;
        }
    }
}
