using System.Text;
using System.Text.Json;
using CohesionSite.Content.Shapes;
using CohesionSite.Core.Model;

namespace CohesionSite.Content.Schema;

/// <summary>
/// Writes a JSON Schema (draft-07) for a file kind from the same <see cref="TypeShape"/>s the
/// binder reads, so the schema an editor uses and the loader that judges the file agree.
/// </summary>
public static class SchemaGenerator
{
    /// <summary>The stable public folder of the schemas, relative to the repository root.</summary>
    public const string Folder = "schemas";

    /// <summary>Schema file name for a kind (<c>actions.schema.json</c>).</summary>
    public static string FileName(string kind) => $"{kind}.schema.json";

    /// <summary>Every schema: file kinds, the settings and the export document.</summary>
    public static IReadOnlyList<(string FileName, string Json)> All()
    {
        var list = FileKinds.All.Select(k => (FileName(k.Kind), Generate(k.Root, k.Kind, NamingStyle.Camel))).ToList();
        list.Add((FileName("statiq"), Generate(typeof(Core.Settings.SiteSettings), "statiq", NamingStyle.Exact)));
        list.Add((FileName("export"), Export.ExportSchema.Generate()));
        return list;
    }

    /// <summary>The schema of a root type.</summary>
    public static string Generate(Type root, string kind, NamingStyle naming) =>
        Write(w =>
        {
            var docs = XmlDocs.For(typeof(Node).Assembly);
            var defs = new SortedDictionary<string, TypeShape>(StringComparer.Ordinal);
            Collect(TypeShape.For(root, naming), defs);
            w.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
            w.WriteString("$id", $"https://cohesionsite.example/schemas/{FileName(kind)}");
            w.WriteString("title", $"CohesionSite {kind} file");
            WriteObjectBody(w, TypeShape.For(root, naming), docs);
            WriteDefinitions(w, defs, docs, skip: root);
        });

    /// <summary>Writes a JSON document through a callback, indented, with a final newline.</summary>
    internal static string Write(Action<Utf8JsonWriter> body)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(ms.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    /// <summary>Adds <paramref name="shape"/> and every record type it reaches to <paramref name="defs"/>.</summary>
    internal static void Collect(TypeShape shape, IDictionary<string, TypeShape> defs)
    {
        if (!defs.TryAdd(shape.Type.Name, shape))
        {
            return;
        }

        foreach (var p in shape.Properties)
        {
            for (var v = p.Value; v is not null; v = v.Element)
            {
                if (v.Object is { } o)
                {
                    Collect(o, defs);
                }
            }
        }
    }

    /// <summary>Writes the <c>definitions</c> member.</summary>
    internal static void WriteDefinitions(Utf8JsonWriter w, IDictionary<string, TypeShape> defs, XmlDocs docs, Type? skip, Action<Utf8JsonWriter>? first = null)
    {
        w.WriteStartObject("definitions");
        first?.Invoke(w);
        foreach (var (name, shape) in defs.Where(d => d.Value.Type != skip))
        {
            w.WriteStartObject(name);
            WriteObjectBody(w, shape, docs);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    internal static void WriteObjectBody(Utf8JsonWriter w, TypeShape shape, XmlDocs docs, IReadOnlyList<(string Key, string Ref, bool IsArray)>? extra = null)
    {
        if (docs.Of(shape.Type) is { } typeDoc)
        {
            w.WriteString("description", typeDoc);
        }

        w.WriteString("type", "object");
        w.WriteBoolean("additionalProperties", false);
        var required = shape.Properties.Where(p => p.Required).Select(p => p.Key).ToArray();
        if (required.Length > 0)
        {
            w.WriteStartArray("required");
            foreach (var r in required)
            {
                w.WriteStringValue(r);
            }

            w.WriteEndArray();
        }

        w.WriteStartObject("properties");
        foreach (var p in shape.Properties)
        {
            w.WriteStartObject(p.Key);
            if (docs.Of(p.Property) is { } doc)
            {
                w.WriteString("description", doc);
            }

            WriteValue(w, p.Value, p.Pattern);
            w.WriteEndObject();
        }

        foreach (var (key, reference, isArray) in extra ?? [])
        {
            w.WriteStartObject(key);
            if (isArray)
            {
                w.WriteString("type", "array");
                w.WriteStartObject("items");
                w.WriteString("$ref", $"#/definitions/{reference}");
                w.WriteEndObject();
            }
            else
            {
                w.WriteString("$ref", $"#/definitions/{reference}");
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter w, ValueShape v, string? pattern)
    {
        switch (v.Kind)
        {
            case ValueKind.String:
                w.WriteString("type", "string");
                if (pattern is not null)
                {
                    w.WriteString("pattern", pattern);
                }

                break;
            case ValueKind.Integer:
                w.WriteString("type", "integer");
                break;
            case ValueKind.Number:
                w.WriteString("type", "number");
                break;
            case ValueKind.Boolean:
                w.WriteString("type", "boolean");
                break;
            case ValueKind.Enum:
                w.WriteString("type", "string");
                w.WriteStartArray("enum");
                foreach (var n in v.EnumNames)
                {
                    w.WriteStringValue(n);
                }

                w.WriteEndArray();
                break;
            case ValueKind.Date:
                // YAML reads an unquoted 2009 as a number; the loader accepts it, so the schema does too.
                w.WriteStartArray("type");
                w.WriteStringValue("string");
                w.WriteStringValue("integer");
                w.WriteEndArray();
                w.WriteString("pattern", "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$");
                break;
            case ValueKind.List:
                w.WriteString("type", "array");
                w.WriteStartObject("items");
                WriteValue(w, v.Element!, pattern);
                w.WriteEndObject();
                break;
            case ValueKind.Object:
                w.WriteString("$ref", $"#/definitions/{v.Object!.Type.Name}");
                break;
        }
    }
}
