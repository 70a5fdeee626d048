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
        // Serialising is the slow part: the whole model and each strategy's files in parallel, added in a fixed order.
        var strategies = context.Model!.Strategies;
        var files = new (string File, string Text)[strategies.Count][];
        string? model = null;
        Parallel.Invoke(
            new ParallelOptions { MaxDegreeOfParallelism = context.Parallelism },
            () => model = ModelExport.Write(context.Content),
            () => Parallel.For(0, strategies.Count, i => files[i] = DataExports.For(strategies[i]).ToArray()));
        context.Documents.Add(new SiteDocument("data/model.json") { Text = model });
        for (var i = 0; i < strategies.Count; i++)
        {
            context.Documents.AddRange(files[i].Select(f => new SiteDocument(SitePaths.DataFile(strategies[i].Id, f.File)) { Text = f.Text }));
        }
    }
}
