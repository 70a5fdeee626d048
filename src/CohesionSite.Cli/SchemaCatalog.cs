using CohesionSite.Content.Schema;
using CohesionSite.Rules.Reporting;

namespace CohesionSite.Cli;

/// <summary>Every JSON Schema the project publishes under <c>schemas/</c>: content file kinds, settings, export, rules files and the gap report.</summary>
public static class SchemaCatalog
{
    /// <summary>File name and JSON of each schema.</summary>
    public static IReadOnlyList<(string FileName, string Json)> All() =>
        SchemaGenerator.All().Concat(ReportSchemas.All()).ToArray();
}
