using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;

namespace CohesionSite.Core.Diagnostics;

/// <summary>How bad a load diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The content is wrong: validate fails (exit 2).</summary>
    Error,
    /// <summary>Worth fixing, but the content loads.</summary>
    Warning,
    /// <summary>Not a problem in itself: says what a run could not do because of an error reported beside it.</summary>
    Note,
}

/// <summary>
/// A problem found while reading content or settings: a stable code, a severity, where, and a
/// message that says what was found, what was expected and, where one is near, a suggestion.
/// </summary>
/// <param name="Code">Stable code (<c>yaml-syntax</c>, <c>unknown-field</c>, <c>ref-unknown</c> …).</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Mark">Where.</param>
/// <param name="Message">What was found and what was expected.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, SourceMark Mark, string Message)
{
    /// <summary>
    /// What the diagnostic is about, set where it is made (the unknown partner, the duplicated
    /// action, the field holding a bad date): what finding keys, baselines and waivers match on.
    /// Null for diagnostics that are not about one thing (a YAML syntax error).
    /// </summary>
    public DiagnosticTarget? Target { get; init; }

    /// <summary>True for <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The compiler-style line: <c>content/x/actions.yaml:42:7: error: …</c>.</summary>
    public override string ToString() =>
        $"{Mark}: {Severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "note" }}: {Message}";
}

/// <summary>What a diagnostic is about: a kind and an id (for <see cref="TargetKind.Place"/>, <c>file:line</c>).</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Id">The id as the content writes it.</param>
public sealed record DiagnosticTarget(TargetKind Kind, string Id);

/// <summary>The diagnostic codes the loader uses.</summary>
public static class DiagnosticCodes
{
    /// <summary>The file is not valid YAML.</summary>
    public const string YamlSyntax = "yaml-syntax";
    /// <summary>The file could not be read (missing, too large, not UTF-8).</summary>
    public const string FileUnreadable = "file-unreadable";
    /// <summary>The YAML expands beyond the node budget (alias bomb).</summary>
    public const string TooLarge = "too-large";
    /// <summary>A key the model does not have.</summary>
    public const string UnknownField = "unknown-field";
    /// <summary>A required key is missing.</summary>
    public const string MissingField = "missing-field";
    /// <summary>A value of the wrong shape or type.</summary>
    public const string WrongType = "wrong-type";
    /// <summary>A value outside the allowed set or pattern.</summary>
    public const string InvalidValue = "invalid-value";
    /// <summary>A file that is not one of the known kinds.</summary>
    public const string UnknownFile = "unknown-file";
    /// <summary>Integrity: a reference to nothing.</summary>
    public const string RefUnknown = "ref-unknown";
    /// <summary>Integrity: an id used twice in one scope.</summary>
    public const string IdDuplicate = "id-duplicate";
    /// <summary>Integrity: a date that is not a date.</summary>
    public const string DateInvalid = "date-invalid";
    /// <summary>Integrity: an end before its start.</summary>
    public const string PeriodOrder = "period-order";
    /// <summary>A note: references into a file that could not be read were not checked.</summary>
    public const string RefsUnchecked = "refs-unchecked";

    /// <summary>Codes that leave the model usable (the gap rules report them as integrity findings).</summary>
    public static IReadOnlySet<string> Integrity { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        RefUnknown, IdDuplicate, DateInvalid, PeriodOrder,
    };
}
