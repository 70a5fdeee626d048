using CohesionSite.Site.Pages;

namespace CohesionSite.Site.Incremental;

/// <summary>
/// Which dependency keys an edit to one strategy touched, found by comparing the strategy's view
/// before and after: its own pages, the aggregates and the cross-strategy pages (status, national) always; the home page only when the strategy's
/// line there changed; the strategy listing only when its title changed.
/// </summary>
public static class StrategyChange
{
    /// <summary>The keys touched by replacing <paramref name="before"/> with <paramref name="after"/>.</summary>
    public static IReadOnlySet<string> Keys(StrategyView before, StrategyView after)
    {
        // The status and national pages show every strategy's counts and tags: any edit may change them.
        var keys = new HashSet<string>(StringComparer.Ordinal) { DependencyKeys.Strategy(after.Id), DependencyKeys.Aggregates, DependencyKeys.CrossStrategy };
        if (SummaryOf(before) != SummaryOf(after))
        {
            keys.Add(DependencyKeys.Summaries);
        }

        // Listings (search, open data, 404) show the title with its place, which the area can change.
        if (before.PlaceTitle != after.PlaceTitle)
        {
            keys.Add(DependencyKeys.Listing);
        }

        return keys;
    }

    /// <summary>Everything of a strategy the home page shows (see <c>HomePage</c>), as one comparable string.</summary>
    internal static string SummaryOf(StrategyView sv)
    {
        var s = sv.Content.Strategy;
        return string.Join('\u001f', s.Title, s.Subtitle, s.Partnership, s.Area, Labels.Period(s.Period, Labels.En), Labels.Status(s.Status, Labels.En),
            sv.Summary, sv.Content.Actions.Count, sv.Content.Indicators.Count);
    }
}
