using CohesionSite.Core.Findings;

namespace CohesionSite.Rules.Reporting;

/// <summary>The lower-case names writers use for severities and baseline states (as the JSON schema lists them).</summary>
public static class ReportNames
{
    /// <summary><c>error</c>, <c>warning</c>, <c>info</c>.</summary>
    public static string Of(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary><c>new</c>, <c>unchanged</c>, <c>resolved</c>.</summary>
    public static string Of(BaselineState state) => state switch
    {
        BaselineState.New => "new",
        BaselineState.Unchanged => "unchanged",
        _ => "resolved",
    };

    /// <summary>Parses a severity name; false for anything else.</summary>
    public static bool TryParse(string? text, out Severity severity)
    {
        severity = text switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            "info" => Severity.Info,
            _ => (Severity)(-1),
        };
        return Enum.IsDefined(severity);
    }
}
