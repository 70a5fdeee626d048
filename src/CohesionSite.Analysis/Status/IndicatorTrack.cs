using System.Globalization;
using CohesionSite.Core.Model;

namespace CohesionSite.Analysis.Status;

/// <summary>
/// Where an indicator's latest own-area measurement stands against the straight line from its
/// baseline to its last target (the "turn the curve" judgement): worked out here once, read by the
/// indicator rule fact and the indicator page alike. "Own area" is a data point without an area, or
/// with the strategy's area.
/// </summary>
/// <param name="Baseline">The own-area numeric baseline the line starts from.</param>
/// <param name="Target">The last own-area target after the baseline, where the line ends.</param>
/// <param name="Latest">The latest own-area measurement after the baseline.</param>
/// <param name="Expected">The value the line expects at the latest measurement's year (held at the target after it).</param>
/// <param name="OffTrack">True when the latest value is behind the line in the direction that is better.</param>
public sealed record IndicatorTrack(DataPoint Baseline, DataPoint Target, DataPoint Latest, double Expected, bool OffTrack)
{
    /// <summary>True when the point is for the strategy's own area (no area, or <paramref name="area"/>).</summary>
    public static bool IsOwn(DataPoint point, string area) =>
        point.Area is null || string.Equals(point.Area, area, StringComparison.OrdinalIgnoreCase);

    /// <summary>The own-area numeric baseline, or null when there is none (missing, to be determined, only words, another area).</summary>
    public static DataPoint? OwnBaseline(Indicator indicator, string area) =>
        indicator.Baseline is { ToBeDetermined: false, Value: not null } b && IsOwn(b, area) ? b : null;

    /// <summary>
    /// The judgement for <paramref name="indicator"/> in <paramref name="area"/>, judged in
    /// <paramref name="direction"/> (when unknown, the way the target moves from the baseline);
    /// null when it cannot be judged: no dated numeric baseline, no later target, or no later measurement.
    /// </summary>
    public static IndicatorTrack? Of(Indicator indicator, string area, Direction direction)
    {
        if (OwnBaseline(indicator, area) is not { } baseline)
        {
            return null;
        }

        var by = Periods.EndYear(baseline.Period);
        var target = IndicatorStates.GivenTargets(indicator).Where(t => IsOwn(t, area) && t.Value is not null && Periods.EndYear(t.Period) > by).MaxBy(t => Periods.EndYear(t.Period));
        var latest = indicator.Measurements.Where(m => IsOwn(m, area) && m.Value is not null && Periods.EndYear(m.Period) > by).MaxBy(m => Periods.EndYear(m.Period));
        if (by == 0 || target is null || latest is null)
        {
            return null;
        }

        double b = baseline.Value!.Value, t = target.Value!.Value, m = latest.Value!.Value;
        int ty = Periods.EndYear(target.Period), my = Periods.EndYear(latest.Period);
        // Past the target year the line holds at the target: a late figure is judged against the goal itself.
        var expected = b + ((t - b) * Math.Min(1.0, (double)(my - by) / (ty - by)));
        var up = direction == Direction.Higher || (direction == Direction.Unknown && t > b);
        var down = direction == Direction.Lower || (direction == Direction.Unknown && t < b);
        return new IndicatorTrack(baseline, target, latest, expected, (up && m < expected) || (down && m > expected));
    }

    /// <summary>The expected value as the pages and messages print it (one decimal at most).</summary>
    public string ExpectedText => Number(Math.Round(Expected, 1));

    /// <summary>A figure as the pages and messages print it (<c>0.##</c>, invariant culture).</summary>
    public static string Number(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>
    /// A data point as text: its words when the source gives words, else its number, with its period
    /// in brackets when it has one the words do not already say ("41% in 2009", not "41% in 2009 (2009)").
    /// </summary>
    public static string Describe(DataPoint point)
    {
        var value = point.Text ?? Number(point.Value);
        return point.Period is { Length: > 0 } period && !value.Contains(period, StringComparison.Ordinal) ? $"{value} ({period})" : value;
    }
}
