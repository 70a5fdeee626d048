using CohesionSite.Core.Model;

namespace CohesionSite.Analysis.Status;

/// <summary>How far an indicator is reported: the states the reporting-status pages count.</summary>
public enum IndicatorState
{
    /// <summary>At least one measurement besides the baseline.</summary>
    WithData,

    /// <summary>A baseline but no measurement yet.</summary>
    BaselineOnly,

    /// <summary>Neither a baseline nor a measurement (or the source says the baseline is to be determined).</summary>
    NoBaseline,
}

/// <summary>Reads an indicator's data the same way everywhere: what counts as a given value.</summary>
public static class IndicatorStates
{
    /// <summary>True when the point carries a value or a worded value and is not "to be determined".</summary>
    public static bool IsGiven(DataPoint? point) =>
        point is { ToBeDetermined: false } p && (p.Value is not null || !string.IsNullOrWhiteSpace(p.Text));

    /// <summary>True when the indicator has a given baseline.</summary>
    public static bool HasBaseline(Indicator indicator) => IsGiven(indicator.Baseline);

    /// <summary>The indicator's given targets (a target "to be determined" is not one).</summary>
    public static IEnumerable<DataPoint> GivenTargets(Indicator indicator) => indicator.Targets.Where(IsGiven);

    /// <summary>True when at least one target is given.</summary>
    public static bool HasTarget(Indicator indicator) => indicator.Targets.Any(IsGiven);

    /// <summary>The indicator's reporting state.</summary>
    public static IndicatorState Of(Indicator indicator) =>
        indicator.Measurements.Any(IsGiven) ? IndicatorState.WithData
        : HasBaseline(indicator) ? IndicatorState.BaselineOnly
        : IndicatorState.NoBaseline;

    /// <summary>The state's name as pages and data files spell it.</summary>
    public static string Name(this IndicatorState state) => state switch
    {
        IndicatorState.WithData => "with-data",
        IndicatorState.BaselineOnly => "baseline-only",
        _ => "no-baseline",
    };
}
