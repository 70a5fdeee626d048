namespace CohesionSite.Site.Incremental;

/// <summary>
/// The inputs a preview rebuild tracks. A page depends on exactly one of them; a change names the
/// keys it touched, and only the documents whose key is among them are made again. Inputs every page
/// shares (settings, the national layer, the rules, the templates) are not keys: a change to any of
/// them is a full rebuild.
/// </summary>
public static class DependencyKeys
{
    /// <summary>Every strategy's line on the home page (title, period, status, counts, gap summary).</summary>
    public const string Summaries = "summaries";

    /// <summary>The list of strategies by id and title (open-data page, 404 page).</summary>
    public const string Listing = "listing";

    /// <summary>Pages that compare every strategy (reporting status of all, the national framework pages): made again after any strategy's edit.</summary>
    public const string CrossStrategy = "cross-strategy";

    /// <summary>Files made from every strategy's whole content (data/model.json, the search index); rebuilt after the reload message.</summary>
    public const string Aggregates = "aggregates";

    /// <summary>The set of pages (sitemap.xml, robots.txt); only a full rebuild changes it.</summary>
    public const string PageSet = "page-set";

    /// <summary>Pages and assets made from settings and embedded files only (search, accessibility, CSS, scripts).</summary>
    public const string Static = "static";

    /// <summary>One strategy's content and findings: its section pages and its data downloads.</summary>
    public static string Strategy(string id) => "strategy:" + id;
}

/// <summary>Which input each output file of the site depends on, read from where it is written.</summary>
public static class PageDependencies
{
    /// <summary>The dependency key of an output-relative destination (<c>strategies/x/actions/index.html</c> → <c>strategy:x</c>).</summary>
    public static string Of(string destination)
    {
        var parts = destination.Split('/');
        // A mirror's page (cy/strategies/x/index.html) depends on what its twin depends on; a
        // mirror's search index (assets/cy/search/…) is an aggregate like the site's.
        if (parts.Length > 1 && Core.Model.LanguageCodes.All.Contains(parts[0]))
        {
            parts = parts[1..];
        }
        else if (parts is ["assets", var language, ..] && Core.Model.LanguageCodes.All.Contains(language) && parts.Length > 2)
        {
            parts = ["assets", .. parts[2..]];
        }

        return parts switch
        {
            ["strategies", var id, ..] when parts.Length >= 3 => DependencyKeys.Strategy(id),
            ["data", var id, _] when id != "index.html" => DependencyKeys.Strategy(id),
            ["index.html"] => DependencyKeys.Summaries,
            ["status", "index.html"] or ["national", ..] => DependencyKeys.CrossStrategy,
            ["data", "index.html"] or ["404.html"] => DependencyKeys.Listing,
            ["data", "model.json"] or ["assets", "search-index.js"] or ["assets", "search", _] => DependencyKeys.Aggregates,
            ["sitemap.xml"] or ["robots.txt"] => DependencyKeys.PageSet,
            _ => DependencyKeys.Static,
        };
    }

    /// <summary>True for the files rebuilt after the reload message (the site-wide aggregates).</summary>
    public static bool IsDeferred(string destination) => Of(destination) == DependencyKeys.Aggregates;

    /// <summary>The destinations among <paramref name="destinations"/> whose key is in <paramref name="changed"/>.</summary>
    public static IReadOnlyList<string> Affected(IEnumerable<string> destinations, IReadOnlySet<string> changed) =>
        destinations.Where(d => changed.Contains(Of(d))).ToArray();
}
