using System.Globalization;
using CohesionSite.Core.Model;
using CohesionSite.Site.Localization;

namespace CohesionSite.Site.Pages;

/// <summary>A last-updated date for a page: words for readers, ISO for the <c>time</c> element.</summary>
/// <param name="Text">"2 December 2026".</param>
/// <param name="Iso">"2026-12-02".</param>
public sealed record UpdatedDate(string Text, string Iso);

/// <summary>The time facts every page carries: when its content last changed, and whether its strategy is historic.</summary>
public static class Dates
{
    /// <summary>The page date of <paramref name="date"/>, or null.</summary>

    /// <summary>The page date of <paramref name="date"/> in the words of <paramref name="text"/>, or null.</summary>
    public static UpdatedDate? Updated(DateOnly? date, UiText text) => date is { } d
        ? new UpdatedDate(Labels.Date(new PartialDate(d.Year, d.Month, d.Day, DatePrecision.Day), text), d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
        : null;

    /// <summary>
    /// The notice for a strategy whose period ended before <paramref name="today"/> (the period's last
    /// day, as precisely as the source gives it) or that was superseded; null while it is current or
    /// when it states no period.
    /// </summary>

    /// <summary>The historic notice of <paramref name="s"/> in the words of <paramref name="text"/>, or null.</summary>
    public static string? Historic(Strategy s, DateOnly today, UiText text)
    {
        var kind = Labels.DocumentNoun(s, text);
        if (s.Status?.State == StrategyState.Superseded)
        {
            return text.Format("dates.superseded", kind);
        }

        if (s.Period is not { } p || p.End.End >= today)
        {
            return null;
        }

        return text.Format("dates.ended", kind, Labels.Period(p, text));
    }
}
