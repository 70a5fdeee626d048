using System.Text.Json;
using System.Text.Json.Nodes;
using CohesionSite.Core.Model;

namespace CohesionSite.Content.Export;

/// <summary>
/// The open-data form of the whole model: one JSON document with the national layer and a
/// <c>strategies</c> array (each strategy's fields plus its plan, priorities, outcomes,
/// indicators, actions, toolkit, cases, tables and figures). <see cref="Read"/> turns it back into
/// a model, which is how the round trip is proven.
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
    ];

    /// <summary>Writes the document.</summary>
    public static string Write(ContentSet content)
    {
        var o = ModelJson.Options;
        var strategies = new JsonArray();
        foreach (var s in content.Strategies)
        {
            var obj = JsonSerializer.SerializeToNode(s.Strategy, o)!.AsObject();
            Add(obj, "plan", s.Plan);
            Add(obj, "priorities", s.Priorities);
            Add(obj, "outcomes", s.Outcomes);
            Add(obj, "indicators", s.Indicators);
            Add(obj, "actions", s.Actions);
            Add(obj, "toolkit", s.Toolkit);
            Add(obj, "cases", s.Cases);
            Add(obj, "tables", s.Tables);
            Add(obj, "figures", s.Figures);
            strategies.Add(obj);
        }

        var doc = new JsonObject
        {
            ["$schema"] = "https://cohesionsite.example/schemas/export.schema.json",
            ["national"] = new JsonObject
            {
                ["definitions"] = JsonSerializer.SerializeToNode(content.National.Definitions, o),
                ["frameworks"] = JsonSerializer.SerializeToNode(content.National.Frameworks, o),
                ["indicators"] = JsonSerializer.SerializeToNode(content.National.Indicators, o),
            },
            ["strategies"] = strategies,
        };
        return doc.ToJsonString(o) + "\n";

        void Add<T>(JsonObject obj, string key, T? value)
        {
            if (value is not null)
            {
                obj[key] = JsonSerializer.SerializeToNode(value, o);
            }
        }
    }

    /// <summary>Reads a document written by <see cref="Write"/> back into a model (without source marks).</summary>
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
                new Dictionary<string, string>()));
        }

        return new ContentSet(set, strategies);
    }
}
