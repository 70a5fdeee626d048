using System.Globalization;
using CohesionSite.Core.Model;

namespace CohesionSite.Site.Pages;

/// <summary>A last-updated date for a page: words for readers, ISO for the <c>time</c> element.</summary>
/// <param name="Text">"2 December 2026".</param>
/// <param name="Iso">"2026-12-02".</param>
public sealed record UpdatedDate(string Text, string Iso);

/// <summary>The time facts every page carries: when its content last changed, and whether its strategy is historic.</summary>
public static class Dates
{
    /// <summary>The page date of <paramref name="date"/>, or null.</summary>
    public static UpdatedDate? Updated(DateOnly? date) => date is { } d
        ? new UpdatedDate(d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
        : null;

    /// <summary>
    /// The notice for a strategy whose period ended before <paramref name="today"/> (the period's last
    /// day, as precisely as the source gives it) or that was superseded; null while it is current or
    /// when it states no period.
    /// </summary>
    public static string? Historic(Strategy s, DateOnly today)
    {
        var kind = Labels.DocumentNoun(s);
        if (s.Status?.State == StrategyState.Superseded)
        {
            return $"This {kind} has been superseded. It is kept here as a record of what was planned and may not describe what the partnership does now.";
        }

        if (s.Period is not { } p || p.End.End >= today)
        {
            return null;
        }

        return $"This {kind} covered {Labels.Period(p)}, and that period has ended. It is kept here as a record of what was planned and may not describe what the partnership does now.";
    }
}
