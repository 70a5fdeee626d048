namespace CohesionSite.Site.Pipeline;

/// <summary>
/// Where every page lives. Page paths are folders (served as <c>index.html</c>) so URLs stay clean;
/// strategy ids are slugs (checked by the loader, and again here) so no path can leave the output folder.
/// </summary>
public static class SitePaths
{
    /// <summary>The per-strategy sections, in navigation order: path segment and navigation label.</summary>
    public static IReadOnlyList<(string Segment, string Label)> Sections { get; } =
    [
        (string.Empty, "Overview"),
        ("priorities", "Priorities"),
        ("actions", "Action plan"),
        ("outcomes", "Outcomes"),
        ("indicators", "Indicators"),
        ("toolkit", "Toolkit"),
        ("practice", "Good practice"),
        ("evidence", "Evidence"),
        ("status", "Reporting status"),
        ("gaps", "Gap report"),
    ];

    /// <summary>Home.</summary>
    public const string Home = "";

    /// <summary>Site search.</summary>
    public const string Search = "search/";

    /// <summary>Open data downloads.</summary>
    public const string Data = "data/";

    /// <summary>Accessibility statement.</summary>
    public const string Accessibility = "accessibility/";

    /// <summary>Reporting status of every strategy.</summary>
    public const string Status = "status/";

    /// <summary>The national frameworks, and which strategies use each item.</summary>
    public const string National = "national/";

    /// <summary>The national indicator set (NI codes), and which strategies report each.</summary>
    public const string NationalIndicators = "national/indicators/";

    /// <summary>One national framework's page (<c>national/frameworks/white-paper-2006/</c>).</summary>
    public static string NationalFramework(string id) => $"national/frameworks/{Segment(id)}/";

    /// <summary>A strategy section's folder URL path (<c>strategies/walsall-2008/actions/</c>).</summary>
    public static string Strategy(string id, string segment = "") =>
        $"strategies/{Segment(id)}/" + (segment.Length == 0 ? string.Empty : segment + "/");

    /// <summary>The folder URL path of one entity's own page (<c>strategies/walsall-2008/actions/1.1.1/</c>); the name comes from <see cref="EntitySegments"/>.</summary>
    public static string Entity(string strategy, string section, string name) => Strategy(strategy, section) + Segment(name) + "/";

    /// <summary>A downloadable data file of a strategy (<c>data/walsall-2008/walsall-2008-actions.csv</c>).</summary>
    public static string DataFile(string strategy, string file) => DataFolder(strategy) + file;

    /// <summary>The folder of a strategy's data files (<c>data/walsall-2008/</c>).</summary>
    public static string DataFolder(string strategy) => $"data/{Segment(strategy)}/";

    /// <summary>The file a folder URL path is written to.</summary>
    public static string FileOf(string urlPath) => urlPath.Length == 0 || urlPath.EndsWith('/') ? urlPath + "index.html" : urlPath;

    /// <summary>Checks an id can be one path segment: a slug, never <c>..</c>, no separators.</summary>
    public static string Segment(string id)
    {
        if (!IsSegment(id))
        {
            throw new ArgumentException($"'{id}' cannot be used in a path: ids must be slugs (a-z, 0-9, '.', '-')");
        }

        return id;
    }

    /// <summary>Whether an id can be one path segment (see <see cref="Segment"/>).</summary>
    public static bool IsSegment(string id) =>
        id.Length > 0 && id[0] != '.' && !id.Contains("..", StringComparison.Ordinal) && id.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '.' or '-');

    /// <summary>Checks an output-relative path stays inside the output folder.</summary>
    public static string CheckDestination(string destination)
    {
        if (destination.Length == 0 || destination.StartsWith('/') || destination.Contains('\\')
            || destination.Split('/').Any(s => s.Length == 0 || s == "." || s == ".." || s.Contains(':')))
        {
            throw new ArgumentException($"output path '{destination}' is not a safe relative path");
        }

        return destination;
    }
}
