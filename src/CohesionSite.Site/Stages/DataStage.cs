using CohesionSite.Content.Export;
using CohesionSite.Site.Data;
using CohesionSite.Site.Pipeline;

namespace CohesionSite.Site.Stages;

/// <summary>Adds the open-data downloads: per-strategy CSV/JSON and the whole-model JSON.</summary>
public sealed class DataStage : ISetStage
{
    /// <inheritdoc/>
    public string Name => "data";

    /// <inheritdoc/>
    public void Execute(SiteContext context)
    {
        // Only the documents are made here: each file's text is made in the parallel render pass,
        // just before it is written, so the downloads (~10 KB of JSON per action) never sit in memory all at once.
        var content = context.Content;
        context.Documents.Add(new SiteDocument("data/model.json") { Produce = () => ModelExport.Write(content, ModelJson.Compact) });
        foreach (var sv in context.Model!.Strategies)
        {
            context.Documents.AddRange(DataExports.Files(sv, context.Settings.DataLicence).Select(f => new SiteDocument(SitePaths.DataFile(sv.Id, f.Name)) { Produce = f.Make }));
            context.Documents.AddRange(IndicatorDownloads.Files(sv).Select(x => new SiteDocument(x.Destination) { Produce = x.File.Make }));
        }
    }
}
