using System.Text;
using System.Text.Json;
using CohesionSite.Content.Shapes;
using CohesionSite.Core.Model;

namespace CohesionSite.Content.Schema;

/// <summary>
/// Writes a JSON Schema (draft-07) for a file kind from the same <see cref="TypeShape"/>s the
/// binder reads, so the schema an editor uses and the loader that judges the file agree. The
/// loader reads every scalar as text and then parses it, whatever YAML would have typed it as, so
/// the file schemas accept the same: an unquoted <c>priority: 1.1</c> is text to the loader (a
/// number to the editor), a quoted <c>value: "74"</c> is a number. Each such alternative is an
/// <c>anyOf</c> of single types (never a type array: that fails <c>ajv --strict</c>).
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
            WriteObjectBody(w, TypeShape.For(root, naming), docs, schemaKey: true);
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
    /// <param name="w">The writer.</param>
    /// <param name="defs">The record types to define.</param>
    /// <param name="docs">Where descriptions come from.</param>
    /// <param name="skip">A type written elsewhere (the root).</param>
    /// <param name="first">Definitions to write before the others.</param>
    /// <param name="yaml">True for files the loader reads (loader typing); false for JSON we write ourselves (exact types).</param>
    internal static void WriteDefinitions(Utf8JsonWriter w, IDictionary<string, TypeShape> defs, XmlDocs docs, Type? skip, Action<Utf8JsonWriter>? first = null, bool yaml = true)
    {
        w.WriteStartObject("definitions");
        first?.Invoke(w);
        foreach (var (name, shape) in defs.Where(d => d.Value.Type != skip))
        {
            w.WriteStartObject(name);
            WriteObjectBody(w, shape, docs, yaml: yaml);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    /// <summary>Writes an object schema's members; <paramref name="schemaKey"/> allows the <c>$schema</c> key the loader ignores at a file's root.</summary>
    internal static void WriteObjectBody(Utf8JsonWriter w, TypeShape shape, XmlDocs docs, IReadOnlyList<(string Key, string Ref, bool IsArray)>? extra = null, bool yaml = true, bool schemaKey = false)
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
        if (schemaKey)
        {
            w.WriteStartObject("$schema");
            w.WriteString("description", "The JSON Schema this file follows (for editors; the loader ignores it).");
            w.WriteString("type", "string");
            w.WriteEndObject();
        }

        foreach (var p in shape.Properties)
        {
            w.WriteStartObject(p.Key);
            if (docs.Of(p.Property) is { } doc)
            {
                w.WriteString("description", doc);
            }

            WriteValue(w, p.Value, p.Pattern, yaml);
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

    /// <summary>
    /// What <see cref="PartialDate.TryParse"/> accepts, with month and day ranges: a year
    /// 1900-2200, yyyy-MM or yyyy-MM-dd (whether day 31 exists in that month is the loader's to say).
    /// </summary>
    internal const string DatePattern = "^\\s*((19[0-9]{2}|2[01][0-9]{2}|2200)|[0-9]{4}-(0[1-9]|1[0-2])|[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]))\\s*$";

    // What int.TryParse / double.TryParse (invariant) accept from a quoted scalar.
    private const string IntegerText = "^\\s*[+-]?[0-9]+\\s*$";
    private const string NumberText = "^\\s*[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$";

    private static void WriteValue(Utf8JsonWriter w, ValueShape v, string? pattern, bool yaml)
    {
        switch (v.Kind)
        {
            case ValueKind.String when yaml:
                // Text to the loader whatever YAML types it as: 1.1, 42 and true are text too.
                AnyOf(w, a => Typed(a, "string", pattern), a => Typed(a, "number"), a => Typed(a, "boolean"));
                break;
            case ValueKind.String:
                Typed(w, "string", pattern);
                break;
            case ValueKind.Integer when yaml:
                AnyOf(w, a => Typed(a, "integer"), a => Typed(a, "string", IntegerText));
                break;
            case ValueKind.Integer:
                w.WriteString("type", "integer");
                break;
            case ValueKind.Number when yaml:
                AnyOf(w, a => Typed(a, "number"), a => Typed(a, "string", NumberText));
                break;
            case ValueKind.Number:
                w.WriteString("type", "number");
                break;
            case ValueKind.Boolean when yaml:
                AnyOf(w, a => Typed(a, "boolean"), a =>
                {
                    a.WriteString("type", "string");
                    a.WriteStartArray("enum");
                    a.WriteStringValue("true");
                    a.WriteStringValue("false");
                    a.WriteEndArray();
                });
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
            case ValueKind.Date when yaml:
                // YAML reads an unquoted 2009 as a number; the loader accepts it (as a year), so the schema does too.
                AnyOf(w, a => Typed(a, "string", DatePattern), a =>
                {
                    a.WriteString("type", "integer");
                    a.WriteNumber("minimum", 1900);
                    a.WriteNumber("maximum", 2200);
                });
                break;
            case ValueKind.Date:
                Typed(w, "string", DatePattern);
                break;
            case ValueKind.List:
                w.WriteString("type", "array");
                w.WriteStartObject("items");
                WriteValue(w, v.Element!, pattern, yaml);
                w.WriteEndObject();
                break;
            case ValueKind.Object:
                w.WriteString("$ref", $"#/definitions/{v.Object!.Type.Name}");
                break;
        }
    }

    private static void AnyOf(Utf8JsonWriter w, params Action<Utf8JsonWriter>[] branches)
    {
        w.WriteStartArray("anyOf");
        foreach (var branch in branches)
        {
            w.WriteStartObject();
            branch(w);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Typed(Utf8JsonWriter w, string type, string? pattern = null)
    {
        w.WriteString("type", type);
        if (pattern is not null)
        {
            w.WriteString("pattern", pattern);
        }
    }
}
