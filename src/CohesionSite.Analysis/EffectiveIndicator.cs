using CohesionSite.Core.Model;

namespace CohesionSite.Analysis;

/// <summary>
/// An indicator as the site and the downloads present it: its own code, survey and direction, or
/// where the strategy gives none, its national indicator's (said so by <see cref="DirectionFromNational"/>);
/// the responsible body as written or from its owning partners. One reading for pages and exports.
/// </summary>
public sealed class EffectiveIndicator
{
    private EffectiveIndicator(Indicator indicator, NationalSet national, Func<IEnumerable<string>, string> partnerNames)
    {
        Indicator = indicator;
        National = indicator.National is { } n && national.IndicatorById.TryGetValue(n, out var ni) ? ni : null;
        var direction = IndicatorDirection.Of(indicator, national);
        Direction = direction.Direction;
        DirectionFromNational = direction.FromNational;
        Code = indicator.Code ?? National?.Code;
        Survey = indicator.Survey ?? National?.Survey;
        Owner = indicator.Owner ?? (indicator.OwnerPartners.Count > 0 ? partnerNames(indicator.OwnerPartners) : null);
    }

    /// <summary>The indicator as written.</summary>
    public Indicator Indicator { get; }

    /// <summary>The national indicator it refers to, when the reference resolves.</summary>
    public NationalIndicator? National { get; }

    /// <summary>Its code: its own, else its national indicator's; null when neither has one.</summary>
    public string? Code { get; }

    /// <summary>The survey or source of its figures: its own, else its national indicator's.</summary>
    public string? Survey { get; }

    /// <summary>The body responsible for it: as written, else its owning partners' names; null when none is named.</summary>
    public string? Owner { get; }

    /// <summary>The direction it is judged in.</summary>
    public Direction Direction { get; }

    /// <summary>True when that direction is the national indicator's because the strategy states none.</summary>
    public bool DirectionFromNational { get; }

    /// <summary>The indicator with the direction it is judged in, for a download that says what the page and the rules say.</summary>
    public Indicator Judged => DirectionFromNational ? Indicator with { Direction = Direction } : Indicator;

    /// <summary>The effective reading of <paramref name="indicator"/>; <paramref name="partnerNames"/> names owning partners.</summary>
    public static EffectiveIndicator Of(Indicator indicator, NationalSet national, Func<IEnumerable<string>, string> partnerNames) =>
        new(indicator, national, partnerNames);
}
