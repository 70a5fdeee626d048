namespace CohesionSite.Site.Pages;

/// <summary>
/// Where the status and national pages link an action or indicator they list. One place on
/// purpose: today the anchors on the action plan and indicators pages; when each action and
/// indicator gets its own page, only these two lines change.
/// </summary>
internal static class MemberLinks
{
    /// <summary>The URL of an action of <paramref name="sv"/>.</summary>
    public static string Action(StrategyView sv, string id) => sv.ActionUrl(id);

    /// <summary>The URL of an indicator of <paramref name="sv"/>.</summary>
    public static string Indicator(StrategyView sv, string id) => sv.Url("indicators", "indicator", id);
}
