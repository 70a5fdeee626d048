using System.Text.Json;
using System.Text.RegularExpressions;

namespace CohesionSite.Content.Tests;

/// <summary>.vscode/settings.json maps every content and rules schema to its files, and every shipped content file to exactly one schema.</summary>
public sealed class EditorSettingsTests
{
    private static readonly JsonElement Settings =
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Root, ".vscode", "settings.json"))).RootElement;

    [Fact]
    public void YamlSchemas_EveryContentSchema_IsMappedToAGlob()
    {
        var mapped = Settings.GetProperty("yaml.schemas").EnumerateObject().Select(p => Path.GetFileName(p.Name)).Order();
        var schemas = Directory.GetFiles(Path.Combine(Repo.Root, "schemas"), "*.schema.json").Select(Path.GetFileName)
            // JSON documents (the export, the gap report, statiq.json) are not YAML the editor maps by glob.
            .Where(n => n is not "export.schema.json" and not "statiq.schema.json" and not "findings.schema.json").Order();
        Assert.Equal(schemas, mapped);
    }

    [Fact]
    public void YamlSchemas_EveryShippedContentFile_MatchesExactlyItsOwnSchema()
    {
        var globs = Settings.GetProperty("yaml.schemas").EnumerateObject()
            .Select(p => (Schema: Path.GetFileName(p.Name), Globs: p.Value.EnumerateArray().Select(g => g.GetString()!).ToArray()))
            .ToArray();
        foreach (var file in Directory.GetFiles(Repo.ContentRoot, "*.yaml", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Repo.Root, file).Replace('\\', '/');
            var matches = globs.Where(g => g.Globs.Any(x => !x.StartsWith('!') && Glob(x).IsMatch(relative))
                                           && !g.Globs.Any(x => x.StartsWith('!') && Glob(x[1..]).IsMatch(relative)))
                .Select(g => g.Schema).ToArray();
            var kind = relative.StartsWith("content/national/", StringComparison.Ordinal) ? "national" : Path.GetFileNameWithoutExtension(file);
            Assert.Equal([$"{kind}.schema.json"], matches);
            // The per-file schema line names the same schema (the editor prefers it).
            Assert.StartsWith($"# yaml-language-server: $schema=../../schemas/{kind}.schema.json", File.ReadAllText(file));
        }
    }

    [Fact]
    public void JsonSchemas_StatiqJson_UsesTheSettingsSchema()
    {
        var entry = Settings.GetProperty("json.schemas").EnumerateArray().Single();
        Assert.Contains("/statiq.json", entry.GetProperty("fileMatch").EnumerateArray().Select(e => e.GetString()));
        Assert.True(File.Exists(Path.Combine(Repo.Root, entry.GetProperty("url").GetString()!)));
    }

    private static Regex Glob(string glob) =>
        new("^" + Regex.Escape(glob).Replace(@"\*\*", ".*").Replace(@"\*", "[^/]*") + "$", RegexOptions.None, TimeSpan.FromSeconds(1));
}
