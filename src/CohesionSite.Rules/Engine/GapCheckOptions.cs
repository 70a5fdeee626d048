using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Engine;

/// <summary>How a check runs.</summary>
public sealed record GapCheckOptions
{
    /// <summary>
    /// The reporting date for every strategy of the run (<c>--as-of</c>, or a site-wide <c>AsOf</c>);
    /// when null each strategy is judged at its own date (<see cref="CohesionSite.Analysis.ReportingDate"/>).
    /// </summary>
    public PartialDate? AsOf { get; init; }
}
