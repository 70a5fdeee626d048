using CohesionSite.Tests;

namespace CohesionSite.Content.Tests;

/// <summary>
/// The published schemas through ajv-cli 5 in strict mode (what editors' JSON Schema validators
/// enforce): every schema compiles, every shipped file validates, and schema and loader agree on
/// the values that tripped editors up (dates out of range, numbers where text is expected).
/// </summary>
public sealed class AjvTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void AjvCompileStrict_EveryPublishedSchema_Compiles()
    {
        var (code, stdout, stderr) = Ajv("compile", "-s", "schemas/*.schema.json");

        Assert.True(code == 0, $"{stdout}\n{stderr}");
        Assert.Equal(Directory.GetFiles(Path.Combine(Repo.Root, "schemas"), "*.schema.json").Length, CountLines(stdout + stderr, " is valid"));
    }

    [Fact]
    public void AjvValidateStrict_EveryShippedFile_MatchesItsSchema()
    {
        var byKind = Directory.GetFiles(Repo.ContentRoot, "*.yaml", SearchOption.AllDirectories)
            .GroupBy(f => Path.GetFileName(Path.GetDirectoryName(f)) == "national" ? "national" : Path.GetFileNameWithoutExtension(f))
            .Select(g => (Kind: g.Key, Files: g.Select(f => Path.GetRelativePath(Repo.Root, f)).Order(StringComparer.Ordinal).ToArray()))
            .Append(("statiq", ["statiq.json"]))
            .Append(("rules", Directory.GetFiles(Path.Combine(Repo.Root, "rules"), "*.yaml").Select(f => Path.GetRelativePath(Repo.Root, f)).ToArray()));
        foreach (var (kind, files) in byKind)
        {
            var (code, stdout, stderr) = Ajv(["validate", "-s", $"schemas/{kind}.schema.json", .. files.SelectMany(f => new[] { "-d", f })]);

            Assert.True(code == 0, $"{kind}:\n{stdout}\n{stderr}");
            Assert.Equal(files.Length, CountLines(stdout + stderr, " valid"));
        }
    }

    [Theory]
    [InlineData("due: \"2008-13-45\"", false)]
    [InlineData("due: \"2008-02-30x\"", false)]
    [InlineData("due: 200811", false)]
    [InlineData("due: \"2008-11\"", true)]
    [InlineData("due: 2009", true)]
    [InlineData("due: \"2009-06-30\"", true)]
    public void SchemaAndLoader_MilestoneDue_AgreeOnWhatIsADate(string due, bool valid) =>
        AssertAgree("actions:\n  - id: 1.1.1\n    text: Hold an event\n    priority: '1.1'\n    milestones:\n      - text: Held\n        " + due + "\n", valid);

    [Theory]
    [InlineData("id: 1.1.1\n    priority: 1.1", true)]
    [InlineData("id: '1.1.1'\n    priority: '1.1'", true)]
    [InlineData("id: 2\n    priority: '1.1'", true)]
    [InlineData("id: Not An Id\n    priority: '1.1'", false)]
    public void SchemaAndLoader_UnquotedDottedId_AgreeItIsText(string ids, bool valid) =>
        AssertAgree("actions:\n  - " + ids + "\n    text: Hold an event\n", valid);

    [Theory]
    [InlineData("text: 42", true)]
    [InlineData("text: true", true)]
    [InlineData("text: [a, b]", false)]
    public void SchemaAndLoader_ScalarWhereTextBelongs_AgreeItIsText(string text, bool valid) =>
        AssertAgree("actions:\n  - id: 1.1.1\n    " + text + "\n    priority: '1.1'\n", valid);

    [Fact]
    public void SchemaAndLoader_SchemaKeyInStatiqJson_BothAccept()
    {
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(_content.Root)!, "statiq.json"), "{\n  \"$schema\": \"schemas/statiq.schema.json\",\n  \"SiteTitle\": \"Test\",\n  \"AsOf\": \"2010-04-01\"\n}\n");
        var (settings, diagnostics) = SettingsLoader.Load(Path.Combine(Path.GetDirectoryName(_content.Root)!, "statiq.json"));
        Assert.True(settings is not null, string.Join("\n", diagnostics));

        var (code, stdout, stderr) = Ajv("validate", "-s", "schemas/statiq.schema.json", "-d", Path.Combine(Path.GetDirectoryName(_content.Root)!, "statiq.json"));

        Assert.True(code == 0, $"{stdout}\n{stderr}");
    }

    /// <summary>Writes demo/actions.yaml and checks that ajv and the loader give the same verdict, and that it is <paramref name="valid"/>.</summary>
    private void AssertAgree(string actions, bool valid)
    {
        var file = Path.Combine(_content.Root, "demo", "actions.yaml");
        _content.Write("demo/actions.yaml", "plan:\n  state: present\n" + actions);
        var loaded = ContentLoader.Load(_content.Root);
        var loaderErrors = loaded.Diagnostics.Where(d => d.IsError && d.Mark.File.EndsWith("actions.yaml", StringComparison.Ordinal)).ToArray();

        var (code, stdout, stderr) = Ajv("validate", "-s", "schemas/actions.schema.json", "-d", file);

        Assert.True(valid == (loaderErrors.Length == 0), $"the loader {(valid ? "rejects" : "accepts")} it: {string.Join("\n", loaderErrors.Select(d => d.ToString()))}");
        Assert.True(valid == (code == 0), $"ajv {(valid ? "rejects" : "accepts")} it:\n{stdout}\n{stderr}");
    }

    private static (int Code, string Stdout, string Stderr) Ajv(params string[] args) =>
        CliProcess.Process(Repo.Root, RealTools.OnPath("node"),
            [RealTools.Npm("node_modules/ajv-cli/dist/index.js"), .. args, "--strict=true", "--spec=draft7", "-c", "ajv-formats", .. args[0] == "validate" ? new[] { "--errors=line" } : []],
            new Dictionary<string, string> { ["NODE_PATH"] = Path.Combine(RealTools.NpmRoot, "node_modules") });

    private static int CountLines(string text, string ending) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.TrimEnd().EndsWith(ending, StringComparison.Ordinal));
}
