using System.Text.RegularExpressions;
using CohesionSite.Content.Schema;
using CohesionSite.Core.Model;

namespace CohesionSite.Content.Tests;

/// <summary>The published schemas are the ones the model generates, and every content file points at its schema.</summary>
public sealed partial class SchemaTests
{
    [Fact]
    public void Schemas_GeneratedFromModel_EqualPublishedFiles()
    {
        foreach (var (name, json) in Cli.SchemaCatalog.All())
        {
            var path = Path.Combine(Repo.Root, SchemaGenerator.Folder, name);
            Assert.True(File.Exists(path), $"{name} is not published; run `cohesion schema`");
            Assert.True(json == File.ReadAllText(path), $"{name} differs from the model; run `cohesion schema` and commit the result");
        }
    }

    [Fact]
    public void Schemas_PublishedFolder_HoldsNoStaleSchema()
    {
        var generated = Cli.SchemaCatalog.All().Select(s => s.FileName).ToHashSet();
        var published = Directory.GetFiles(Path.Combine(Repo.Root, SchemaGenerator.Folder), "*.schema.json").Select(p => Path.GetFileName(p));
        Assert.All(published, p => Assert.Contains(p, generated));
    }

    [Fact]
    public void ContentFiles_FirstLine_NamesTheSchemaOfTheirKind()
    {
        var files = Directory.GetFiles(Repo.ContentRoot, "*.yaml", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            // A translation sits one folder deeper (content/ID/translations/cy.yaml).
            var folder = Path.GetFileName(Path.GetDirectoryName(file));
            var (kind, up) = folder switch
            {
                "national" => ("national", "../.."),
                "translations" => ("translation", "../../.."),
                _ => (Path.GetFileNameWithoutExtension(file), "../.."),
            };
            var first = File.ReadLines(file).First();
            Assert.Equal($"# yaml-language-server: $schema={up}/schemas/{kind}.schema.json", first);
            Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(file)!, up, "schemas", $"{kind}.schema.json")), file);
        }
    }

    [Fact]
    public void Schema_ActionItem_HasEveryModelPropertyAndOnlyThose()
    {
        var schema = SchemaGenerator.All().Single(s => s.FileName == "actions.schema.json").Json;
        var block = schema[schema.IndexOf("\"ActionItem\": {", StringComparison.Ordinal)..];
        var modelKeys = typeof(ActionItem).GetProperties()
            .Where(p => p.GetCustomAttributes(typeof(NotContentAttribute), true).Length == 0 && p.Name != "EqualityContract")
            .Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..])
            .ToArray();
        foreach (var key in modelKeys)
        {
            Assert.Contains($"\"{key}\": {{", block);
        }

        Assert.Contains("\"additionalProperties\": false", block);
        Assert.Contains("\"required\": [\n        \"id\",\n        \"text\"\n      ]", block);
    }

    [Fact]
    public void Schema_Descriptions_ComeFromModelDocs()
    {
        var schema = SchemaGenerator.All().Single(s => s.FileName == "actions.schema.json").Json;
        Assert.Contains("\"description\": \"Lead agencies (partner ids).\"", schema);
        Assert.Matches(EnumRatings(), schema);
    }

    [GeneratedRegex("\"enum\": \\[\\s*\"green\",\\s*\"amber\",\\s*\"red\"\\s*\\]")]
    private static partial Regex EnumRatings();
}
