using CohesionSite.Core.Model;

namespace CohesionSite.Core.Settings;

/// <summary>
/// A known accessibility problem of the site (<c>AccessibilityIssues</c> in statiq.json), listed in the
/// accessibility statement under the success criterion it fails; the statement says "partially
/// compliant" only while there is one at level A or AA.
/// </summary>
public sealed record KnownIssue : Node
{
    /// <summary>The WCAG 2.2 success criterion, number and name ("1.4.10 Reflow").</summary>
    public required string Criterion { get; init; }

    /// <summary>Its conformance level: A, AA or AAA.</summary>
    [Pattern("^(A|AA|AAA)$")]
    public required string Level { get; init; }

    /// <summary>What does not work, for whom, in plain words.</summary>
    public required string Text { get; init; }

    /// <summary>When it is planned to be fixed, as text ("by March 2027"); optional.</summary>
    public string? Fix { get; init; }
}
