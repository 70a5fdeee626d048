using CohesionSite.Core.Model;

namespace CohesionSite.Analysis;

/// <summary>
/// The date a strategy is judged at ("overdue", "stale", waiver expiry): the run's date when one is
/// given (<c>--as-of</c>), else the strategy's own <c>reportingDate</c>, else the date of its status
/// (drafted for approval, adopted, published) — the day the document speaks for — else the start of
/// its period.
/// </summary>
/// <param name="Date">The date.</param>
/// <param name="Source">Where it came from: <c>run</c>, <c>reportingDate</c>, <c>status</c>, <c>period</c> or <c>none</c>.</param>
public sealed record ReportingDate(PartialDate Date, string Source)
{
    /// <summary>The date used when a strategy gives none at all (so every date comparison still has a side).</summary>
    public static PartialDate Fallback { get; } = new(2000, 1, 1, DatePrecision.Year);

    /// <summary>The reporting date of <paramref name="s"/> for a run whose date is <paramref name="run"/> (null: each its own).</summary>
    public static ReportingDate Of(StrategyContent s, PartialDate? run) =>
        run is { } r ? new(r, "run")
        : s.Strategy.ReportingDate is { } own ? new(own, "reportingDate")
        : s.Strategy.Status?.Date is { } status ? new(status, "status")
        : s.Strategy.Period is { } period ? new(period.Start, "period")
        : new(Fallback, "none");
}
