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
    /// <summary>The strategy's files for <paramref name="what"/> (<c>actions</c>, <c>indicators</c>, <c>findings</c>), CSV first.</summary>
    public static IReadOnlyList<DownloadLink> For(StrategyView sv, Pipeline.Links links, string what) =>
        All(sv, links).Where(d => d.File.StartsWith($"{sv.Id}-{what}", StringComparison.Ordinal)).ToArray();

    /// <summary>Every file of the strategy, the data dictionary last, each named in the page's language.</summary>
    public static IReadOnlyList<DownloadLink> All(StrategyView sv, Pipeline.Links links) =>
        DataExports.Files(sv, null).Select(f => new DownloadLink(
            links.Url(Pipeline.SitePaths.DataFile(sv.Id, f.Name)),
            sv.Text.Format("downloads.link", sv.Content.Strategy.Area, sv.Text["downloads.kinds." + Kind(sv, f)], f.Format, f.Name, Records(sv.Text, f)),
            f.Name)).ToArray();

    // The part of the file's name after the strategy id ("indicator-figures"), as a key.
    private static string Kind(StrategyView sv, DataFile f) => f.Name == DataPackage.FileName
        ? "datapackage"
        : Path.GetFileNameWithoutExtension(f.Name)[(sv.Id.Length + 1)..].Replace('-', '_');

    private static string Records(Localization.UiText text, DataFile f) => f.Name == DataPackage.FileName
        ? text.Plural("downloads.files", f.Rows)
        : text.Plural(f.Format == "CSV" ? "downloads.rows" : "downloads.records", f.Rows);
}
