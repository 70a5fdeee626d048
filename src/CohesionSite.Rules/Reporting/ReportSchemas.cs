using CohesionSite.Content.Schema;
using CohesionSite.Content.Shapes;
using CohesionSite.Rules.Definitions;

namespace CohesionSite.Rules.Reporting;

/// <summary>The schemas this project publishes: the JSON gap report (hand-written, embedded) and the rules files (generated from <see cref="RulesFile"/>).</summary>
public static class ReportSchemas
{
    /// <summary>File name → schema text, for <c>cohesion schema</c>.</summary>
    public static IReadOnlyList<(string FileName, string Json)> All() =>
    [
        ("findings.schema.json", Findings),
        ("rules.schema.json", SchemaGenerator.Generate(typeof(RulesFile), "rules", NamingStyle.Camel)),
    ];

    /// <summary>The JSON report's schema.</summary>
    public static string Findings { get; } = ReadFindings();

    private static string ReadFindings()
    {
        using var stream = typeof(ReportSchemas).Assembly.GetManifestResourceStream("CohesionSite.Rules.findings.schema.json")
            ?? throw new InvalidOperationException("findings.schema.json is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
