using CohesionSite.Site.Localization;
using CohesionSite.Site.Pages;

namespace CohesionSite.Site.Data;

/// <summary>A download link whose text names the place and the file ("Walsall: action plan, CSV (walsall-2008-actions.csv, 36 rows)").</summary>
/// <param name="Url">Its link.</param>
/// <param name="Text">Its text.</param>
/// <param name="File">The file name.</param>
public sealed record DownloadLink(string Url, string Text, string File);

/// <summary>The download links of a strategy's section pages: only files that exist, each named with its place.</summary>
public static class Downloads
{
    /// <summary>The strategy's files for <paramref name="what"/> (<c>actions</c>, <c>indicators</c>, <c>findings</c>), CSV first, in the words of <paramref name="text"/> (English when none is given).</summary>
    public static IReadOnlyList<DownloadLink> For(StrategyView sv, Pipeline.Links links, string what, UiText? text = null) =>
        All(sv, links, text).Where(d => d.File.StartsWith($"{sv.Id}-{what}", StringComparison.Ordinal)).ToArray();

    /// <summary>Every file of the strategy, the data dictionary last, in the words of <paramref name="text"/> (English when none is given).</summary>
    public static IReadOnlyList<DownloadLink> All(StrategyView sv, Pipeline.Links links, UiText? text = null) =>
        DataExports.Files(sv, null).Select(f => new DownloadLink(
            links.Url(Pipeline.SitePaths.DataFile(sv.Id, f.Name)),
            LinkText(sv, f, text ?? sv.Text),
            f.Name)).ToArray();

    // "Walsall: action plan, CSV (walsall-2008-actions.csv, 36 rows)", what the file holds in the page's language.
    internal static string LinkText(StrategyView sv, DataFile f, UiText text) =>
        text.Format("downloads.link", sv.Content.Strategy.Area, text["downloads.kinds." + f.Kind], f.Format, f.Name, Records(f, text));

    private static string Records(DataFile f, UiText text) => text.Plural(
        f.Name == DataPackage.FileName ? "downloads.files_described" : f.Format == "CSV" ? "downloads.rows" : "downloads.records",
        f.Rows);
}
