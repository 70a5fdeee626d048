using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CohesionSite.Core.Model;

namespace CohesionSite.Content.Export;

/// <summary>JSON options shared by every JSON the tool writes from the model (export, open data).</summary>
public static class ModelJson
{
    /// <summary>camelCase keys, kebab-case enums, dates as their YAML text, nulls left out, indented.</summary>
    public static JsonSerializerOptions Options { get; } = Create(indented: true);

    /// <summary>The same, without indentation: the site's open-data downloads (indentation made them ~40% larger).</summary>
    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    private static JsonSerializerOptions Create(bool indented)
    {
        var o = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NewLine = "\n",
        };
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        o.Converters.Add(new PartialDateConverter());
        o.MakeReadOnly(populateMissingResolver: true);
        return o;
    }

    private sealed class PartialDateConverter : JsonConverter<PartialDate>
    {
        public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.TokenType == JsonTokenType.Number ? reader.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : reader.GetString();
            return PartialDate.TryParse(text, out var d) ? d : throw new JsonException($"'{text}' is not a date (yyyy, yyyy-MM or yyyy-MM-dd)");
        }

        public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }
}
