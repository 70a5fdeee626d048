using CohesionSite.Content.Shapes;
using CohesionSite.Core.Model;

namespace CohesionSite.Interchange.Yaml;

/// <summary>
/// Writes <c>translations/LANG.yaml</c> in the house style (schema line, <c>language</c>, then
/// <c>texts</c>), and says whether a file already holds the same translations so an unchanged
/// sheet rewrites nothing.
/// </summary>
public static class TranslationYaml
{
    /// <summary>The first line of a translation file: it sits one folder deeper than the strategy's files.</summary>
    public const string SchemaLine = "# yaml-language-server: $schema=../../../schemas/translation.schema.json";

    /// <summary>The file's text.</summary>
    public static string Write(TranslationFile file)
    {
        var lines = new List<string> { SchemaLine };
        foreach (var p in TypeShape.For(typeof(TranslationFile)).Properties)
        {
            var value = p.Property.GetValue(file);
            // An empty texts list is still written: the file says there is nothing yet, on purpose.
            if (value is not null && (p.Key == "texts" || !YamlEmitter.IsDefault(value, p)))
            {
                lines.AddRange(YamlEmitter.Field(p.Key, value, p.Value, 0));
            }
        }

        return string.Join('\n', lines) + "\n";
    }

    /// <summary>
    /// True when <paramref name="a"/> and <paramref name="b"/> hold the same entries, in whatever
    /// order: the file's order is the editor's, and the sheet's order alone is no reason to rewrite it.
    /// </summary>
    public static bool SameTexts(TranslationFile a, TranslationFile b) =>
        a.Language == b.Language && YamlEmitter.Same(Sorted(a), Sorted(b));

    private static TranslatedText[] Sorted(TranslationFile file) =>
        file.Texts.OrderBy(t => t.Field, StringComparer.Ordinal).ThenBy(t => t.Text, StringComparer.Ordinal).ToArray();
}
