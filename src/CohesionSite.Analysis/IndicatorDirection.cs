using CohesionSite.Core.Model;

namespace CohesionSite.Analysis;

/// <summary>The direction an indicator is judged in, and where that direction comes from.</summary>
/// <param name="Direction">Higher or lower is better, or unknown when neither the strategy nor a national indicator says.</param>
/// <param name="FromNational">True when the strategy states none and the national indicator's is used.</param>
public sealed record IndicatorDirection(Direction Direction, bool FromNational)
{
    /// <summary>The indicator's own direction when stated, else its national indicator's.</summary>
    public static IndicatorDirection Of(Indicator indicator, NationalSet national)
    {
        if (indicator.Direction != Direction.Unknown || indicator.National is null)
        {
            return new(indicator.Direction, false);
        }

        var inherited = national.IndicatorById.GetValueOrDefault(indicator.National)?.Direction ?? Direction.Unknown;
        return new(inherited, inherited != Direction.Unknown);
    }
}
