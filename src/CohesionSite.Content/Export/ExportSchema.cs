using CohesionSite.Content.Schema;
using CohesionSite.Content.Shapes;
using CohesionSite.Core.Model;

namespace CohesionSite.Content.Export;

/// <summary>The JSON Schema of the export document, from the same shapes as the file schemas.</summary>
internal static class ExportSchema
{
    public static string Generate() => SchemaGenerator.Write(w =>
    {
        var docs = XmlDocs.For(typeof(Node).Assembly);
        var defs = new SortedDictionary<string, TypeShape>(StringComparer.Ordinal);
        foreach (var t in new[] { typeof(Strategy), typeof(ActionsFile), typeof(PrioritiesFile), typeof(OutcomesFile), typeof(IndicatorsFile), typeof(Toolkit), typeof(PracticeFile), typeof(EvidenceFile), typeof(NationalFile), typeof(TranslationFile) })
        {
            SchemaGenerator.Collect(TypeShape.For(t), defs);
        }

        w.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
        w.WriteString("$id", "https://cohesionsite.example/schemas/export.schema.json");
        w.WriteString("title", "CohesionSite export: the whole resolved model as open data");
        w.WriteString("type", "object");
        w.WriteStartArray("required");
        w.WriteStringValue("national");
        w.WriteStringValue("strategies");
        w.WriteEndArray();
        w.WriteStartObject("properties");
        w.WriteStartObject("$schema");
        w.WriteString("type", "string");
        w.WriteEndObject();
        w.WriteStartObject("national");
        w.WriteString("$ref", "#/definitions/NationalFile");
        w.WriteEndObject();
        w.WriteStartObject("strategies");
        w.WriteString("type", "array");
        w.WriteStartObject("items");
        w.WriteString("$ref", "#/definitions/ExportedStrategy");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        // The export is JSON we write ourselves, so its schema states exact types (not the loader's).
        SchemaGenerator.WriteDefinitions(w, defs, docs, skip: null, first: d =>
        {
            d.WriteStartObject("ExportedStrategy");
            SchemaGenerator.WriteObjectBody(d, TypeShape.For(typeof(Strategy)), docs, ModelExport.StrategyExtras, yaml: false);
            d.WriteEndObject();
        }, yaml: false);
    });
}
