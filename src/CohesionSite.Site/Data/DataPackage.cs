using System.Text.Json;
using CohesionSite.Core.Model;
using CohesionSite.Site.Pages;

namespace CohesionSite.Site.Data;

/// <summary>
/// A strategy's data dictionary as a Frictionless Data Package (<c>datapackage.json</c>, profile
/// <c>tabular-data-package</c>): the licence, and every file with its format, encoding and — for each
/// CSV — a Table Schema describing every column.
/// </summary>
internal static class DataPackage
{
    /// <summary>The descriptor's file name: the name Frictionless tools look for.</summary>
    public const string FileName = "datapackage.json";

    /// <summary>The descriptor of <paramref name="files"/> (the strategy's other downloads).</summary>
    public static string Write(StrategyView sv, Licence? licence, IReadOnlyList<DataFile> files)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("profile", "data-package");
            w.WriteString("name", sv.Id);
            w.WriteString("title", $"Open data of {sv.PlaceTitle}");
            w.WriteString("description", $"The action plan, indicators and gap findings published with {sv.PlaceTitle} ({sv.Content.Strategy.Partnership}).");
            if (sv.Updated is { } updated)
            {
                w.WriteString("created", updated.Iso + "T00:00:00Z");
            }

            if (licence is not null)
            {
                w.WriteStartArray("licenses");
                w.WriteStartObject();
                if (licence.Name is { Length: > 0 } name)
                {
                    w.WriteString("name", name);
                }

                if (licence.Path is { Length: > 0 } path)
                {
                    w.WriteString("path", path);
                }

                w.WriteString("title", licence.Title);
                w.WriteEndObject();
                w.WriteEndArray();
            }

            w.WriteStartArray("resources");
            foreach (var f in files)
            {
                Resource(w, f);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Resource(Utf8JsonWriter w, DataFile f)
    {
        w.WriteStartObject();
        // Resource names are lower-case letters, digits and "-._" (the Data Package rule); ours come from ids.
        w.WriteString("name", Path.GetFileNameWithoutExtension(f.Name).ToLowerInvariant());
        w.WriteString("path", f.Name);
        w.WriteString("title", f.Label);
        if (f.Table is { } table)
        {
            w.WriteString("profile", "tabular-data-resource");
            w.WriteString("format", "csv");
            w.WriteString("mediatype", "text/csv");
            // The files start with a byte-order mark (for Excel); Frictionless readers take it as UTF-8's and skip it.
            w.WriteString("encoding", "utf-8");
            w.WriteStartObject("dialect");
            w.WriteString("delimiter", ",");
            w.WriteString("lineTerminator", "\r\n");
            w.WriteBoolean("header", true);
            w.WriteEndObject();
            w.WriteStartObject("schema");
            w.WriteStartArray("fields");
            foreach (var c in table.Columns)
            {
                w.WriteStartObject();
                w.WriteString("name", c.Name);
                w.WriteString("type", c.Type);
                w.WriteString("description", c.Description);
                if (c.Type == "boolean")
                {
                    w.WriteStartArray("trueValues");
                    w.WriteStringValue("true");
                    w.WriteEndArray();
                    w.WriteStartArray("falseValues");
                    w.WriteStringValue("false");
                    w.WriteEndArray();
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("missingValues");
            w.WriteStringValue(string.Empty);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        else
        {
            w.WriteString("profile", "data-resource");
            w.WriteString("format", "json");
            w.WriteString("mediatype", "application/json");
            w.WriteString("encoding", "utf-8");
        }

        w.WriteEndObject();
    }
}
