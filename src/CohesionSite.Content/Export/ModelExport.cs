using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CohesionSite.Core.Model;

namespace CohesionSite.Content.Export;

/// <summary>
/// The open-data form of the whole model: one JSON document with the national layer and a
/// <c>strategies</c> array (each strategy's fields plus its plan, priorities, outcomes,
/// indicators, actions, toolkit, cases, tables, figures and translations). <see cref="Read"/>
/// turns it back into a model, which is how the round trip is proven.
/// </summary>
public static class ModelExport
{
    /// <summary>The extra members of an exported strategy beyond <see cref="Strategy"/>'s own, with their item types.</summary>
    internal static readonly IReadOnlyList<(string Key, string Ref, bool IsArray)> StrategyExtras =
    [
        ("plan", nameof(ActionPlanInfo), false),
        ("priorities", nameof(PriorityNode), true),
        ("outcomes", nameof(Outcome), true),
        ("indicators", nameof(Indicator), true),
        ("actions", nameof(ActionItem), true),
        ("toolkit", nameof(Toolkit), false),
        ("cases", nameof(CaseStudy), true),
        ("tables", nameof(EvidenceTable), true),
        ("figures", nameof(Figure), true),
        ("translations", nameof(TranslationFile), true),
    ];

    /// <summary>Writes the document, indented (the <c>export</c> command's form).</summary>
    public static string Write(ContentSet content) => Write(content, ModelJson.Options);

    /// <summary>
    /// Writes the document with <paramref name="options"/> (the site publishes it compact). It streams
    /// through one writer: only each strategy's own fields pass through a JSON element (to be merged
    /// with its parts); the large lists are serialized straight into the output.
    /// </summary>
    public static string Write(ContentSet content, JsonSerializerOptions options)
    {
        var o = options;
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = o.WriteIndented, Encoder = o.Encoder, NewLine = o.NewLine, SkipValidation = false }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://cohesionsite.example/schemas/export.schema.json");
            w.WriteStartObject("national");
            Add(w, "definitions", content.National.Definitions);
            Add(w, "frameworks", content.National.Frameworks);
            Add(w, "indicators", content.National.Indicators);
            w.WriteEndObject();
            w.WriteStartArray("strategies");
            foreach (var s in content.Strategies)
            {
                w.WriteStartObject();
                foreach (var field in JsonSerializer.SerializeToElement(s.Strategy, o).EnumerateObject())
                {
                    if (StrategyExtras.All(x => x.Key != field.Name))
                    {
                        field.WriteTo(w);
                    }
                }

                Add(w, "plan", s.Plan);
                Add(w, "priorities", s.Priorities);
                Add(w, "outcomes", s.Outcomes);
                Add(w, "indicators", s.Indicators);
                Add(w, "actions", s.Actions);
                Add(w, "toolkit", s.Toolkit);
                Add(w, "cases", s.Cases);
                Add(w, "tables", s.Tables);
                Add(w, "figures", s.Figures);
                Add(w, "translations", s.Translations);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";

        void Add<T>(Utf8JsonWriter w, string key, T? value)
        {
            if (value is not null)
            {
                w.WritePropertyName(key);
                JsonSerializer.Serialize(w, value, o);
            }
        }
    }

    /// <summary>Reads a document written by <see cref="Write(ContentSet, JsonSerializerOptions)"/> back into a model (without source marks).</summary>
    public static ContentSet Read(string json)
    {
        var o = ModelJson.Options;
        var doc = JsonNode.Parse(json)!.AsObject();
        var national = doc["national"]!.AsObject();
        var set = new NationalSet(
            national["definitions"].Deserialize<Definition[]>(o) ?? [],
            national["frameworks"].Deserialize<Framework[]>(o) ?? [],
            national["indicators"].Deserialize<NationalIndicator[]>(o) ?? []);
        var strategies = new List<StrategyContent>();
        foreach (var node in doc["strategies"]!.AsArray())
        {
            var obj = node!.AsObject();
            var extras = StrategyExtras.ToDictionary(e => e.Key, e => obj[e.Key]?.DeepClone());
            foreach (var e in StrategyExtras)
            {
                obj.Remove(e.Key);
            }

            strategies.Add(new StrategyContent(
                obj.Deserialize<Strategy>(o)!,
                extras["priorities"].Deserialize<PriorityNode[]>(o) ?? [],
                extras["outcomes"].Deserialize<Outcome[]>(o) ?? [],
                extras["indicators"].Deserialize<Indicator[]>(o) ?? [],
                extras["plan"].Deserialize<ActionPlanInfo>(o),
                extras["actions"].Deserialize<ActionItem[]>(o) ?? [],
                extras["toolkit"].Deserialize<Toolkit>(o),
                extras["cases"].Deserialize<CaseStudy[]>(o) ?? [],
                extras["tables"].Deserialize<EvidenceTable[]>(o) ?? [],
                extras["figures"].Deserialize<Figure[]>(o) ?? [],
                new Dictionary<string, string>())
            {
                Translations = extras["translations"].Deserialize<TranslationFile[]>(o) ?? [],
            });
        }

        return new ContentSet(set, strategies);
    }
}
