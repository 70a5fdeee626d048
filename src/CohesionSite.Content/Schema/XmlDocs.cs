using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CohesionSite.Content.Schema;

/// <summary>
/// The model's XML documentation (built next to its assembly), so the summaries written once on
/// the C# properties become the descriptions editors show from the JSON Schema.
/// </summary>
internal sealed partial class XmlDocs
{
    private readonly Dictionary<string, string> _summaries = new(StringComparer.Ordinal);

    private XmlDocs(XDocument? doc)
    {
        if (doc is null)
        {
            return;
        }

        foreach (var member in doc.Descendants("member"))
        {
            var name = member.Attribute("name")?.Value;
            var summary = member.Element("summary");
            if (name is null || summary is null)
            {
                continue;
            }

            // <see cref="X"/> and <c>x</c> become their plain text.
            var text = string.Concat(summary.Nodes().Select(n => n switch
            {
                XText t => t.Value,
                XElement { Name.LocalName: "see" } e => (e.Attribute("cref")?.Value ?? string.Empty).Split('.').Last(),
                XElement e => e.Value,
                _ => string.Empty,
            }));
            _summaries[name] = Spaces().Replace(text, " ").Trim();
        }
    }

    /// <summary>Loads the documentation of <paramref name="assembly"/>, or an empty set when it is not built.</summary>
    public static XmlDocs For(Assembly assembly)
    {
        var path = Path.ChangeExtension(assembly.Location, ".xml");
        return new XmlDocs(File.Exists(path) ? XDocument.Load(path) : null);
    }

    /// <summary>The summary of a type.</summary>
    public string? Of(Type type) => _summaries.GetValueOrDefault("T:" + type.FullName);

    /// <summary>The summary of a property.</summary>
    public string? Of(PropertyInfo property) =>
        _summaries.GetValueOrDefault($"P:{property.DeclaringType!.FullName}.{property.Name}");

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
