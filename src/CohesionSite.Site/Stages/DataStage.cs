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
        context.Documents.Add(new SiteDocument("data/model.json") { Text = ModelExport.Write(context.Content) });
        foreach (var sv in context.Model!.Strategies)
        {
            foreach (var (file, text) in DataExports.For(sv))
            {
                context.Documents.Add(new SiteDocument(SitePaths.DataFile(sv.Id, file)) { Text = text });
            }
        }
    }
}
