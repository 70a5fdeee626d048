using CohesionSite.Core.Diagnostics;

namespace CohesionSite.Rules.Tests;

/// <summary>A throw-away rules folder for loader and sandbox tests.</summary>
public sealed class TempRules : IDisposable
{
    public TempRules()
    {
        Root = Path.Combine(Path.GetTempPath(), "cohesion-rules-tests", Guid.NewGuid().ToString("N"), "rules");
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>A rules file with one action rule using <paramref name="expression"/> (YAML-quoted).</summary>
    public static string OneRule(string expression, string id = "probe", string message = "Action {target}.") => $"""
        group: test
        rules:
          - id: {id}
            severity: warning
            fact: action
            title: Probe
            expression: '{expression.Replace("'", "''", StringComparison.Ordinal)}'
            message: "{message}"
            rationale: Testing.
            motivatedBy: tests
        """;

    public TempRules Write(string name, string text)
    {
        File.WriteAllText(Path.Combine(Root, name), text);
        return this;
    }

    public (RuleSet? Rules, IReadOnlyList<Diagnostic> Diagnostics) Load() => RuleSetLoader.Load(Root);

    public string[] Messages() => Load().Diagnostics.Select(d => d.ToString()).ToArray();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path.GetDirectoryName(Root)!, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
