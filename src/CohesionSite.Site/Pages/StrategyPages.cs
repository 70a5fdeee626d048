using CohesionSite.Core.Findings;
using CohesionSite.Site.Localization;

namespace CohesionSite.Site.Pages;

/// <summary>
/// The pages of one strategy, for the full build and the preview alike: the overview and the gap
/// report always, every other section only when the strategy has something in it (no tab, page
/// or sitemap entry that says only "this strategy has no toolkit").
/// </summary>
internal static class StrategyPages
{
    /// <param name="sv">The strategy.</param>
    /// <param name="links">Link maker.</param>
    /// <param name="report">The gap report (with a baseline's marks when one was given).</param>
    /// <param name="editRoot">EditRoot, for edit links.</param>
    /// <param name="text">
    /// The interface text the pages are written in. It must be the language of <paramref name="sv"/>
    /// (its <see cref="StrategyView.Text"/>, which the sections not given a text read): a page half in
    /// one language and half in another is refused rather than made.
    /// </param>
    /// <param name="today">The build's date: the board pack's "made" date (today when not given).</param>
    public static IEnumerable<(string Template, Page Page)> Build(StrategyView sv, Pipeline.Links links, GapReport report, string? editRoot, UiText text, DateOnly? today = null)
    {
        if (!string.Equals(text.Language, sv.Text.Language, StringComparison.Ordinal))
        {
            throw new ArgumentException($"the pages of {sv.Id} are asked for in '{text.Language}' but its view is in '{sv.Text.Language}': make the site model with that language's text", nameof(text));
        }

        return Pages(sv, links, report, editRoot, text, today);
    }

    private static IEnumerable<(string Template, Page Page)> Pages(StrategyView sv, Pipeline.Links links, GapReport report, string? editRoot, UiText text, DateOnly? today)
    {
        yield return ("overview", OverviewPage.Build(sv, links));
        if (sv.Has("priorities"))
        {
            yield return ("priorities", PrioritiesPage.Build(sv, links));
        }

        if (sv.Has("actions"))
        {
            yield return ("actions", ActionsPage.Build(sv, links, text));
            // Each action's own page, judged at the strategy's reporting date.
            var asOf = report.AsOfFor(sv.Id);
            foreach (var a in sv.Content.Actions)
            {
                yield return ("action", ActionPage.Build(sv, links, a, asOf, text));
            }
        }

        if (sv.Has("outcomes"))
        {
            yield return ("outcomes", OutcomesPage.Build(sv, links));
        }

        if (sv.Has("indicators"))
        {
            yield return ("indicators", IndicatorsPage.Build(sv, links, text));
            foreach (var i in sv.Content.Indicators)
            {
                yield return ("indicator", IndicatorPage.Build(sv, links, i, text));
            }
        }

        if (sv.Has("toolkit"))
        {
            yield return ("toolkit", ToolkitPage.Build(sv, links));
        }

        if (sv.Has("practice"))
        {
            yield return ("practice", PracticePage.Build(sv, links));
        }

        if (sv.Has("evidence"))
        {
            yield return ("evidence", EvidencePage.Build(sv, links));
        }

        if (sv.Has("status"))
        {
            yield return ("status", StatusPage.Build(sv, links, report));
        }

        yield return ("gaps", GapsPage.Build(sv, links, report, editRoot));
        // Issue 17: every strategy gets a printable board pack (cohesion pack prints it to PDF).
        yield return ("pack", Pack.PackPage.Build(sv, links, report, today ?? DateOnly.FromDateTime(DateTime.UtcNow)));
    }
}
