using CohesionSite.Site.Pipeline;

namespace CohesionSite.Site.Stages;

/// <summary>
/// Asks the output writer for every folder the pages and data files go in, parents first, as soon
/// as those documents exist: the folders are made on the IO threads while the remaining stages
/// and the renderers work, instead of one by one in front of each page's first write.
/// </summary>
public sealed class OutputFoldersStage : ISetStage
{
    /// <inheritdoc/>
    public string Name => "folders";

    /// <inheritdoc/>
    public void Execute(SiteContext context)
    {
        var folders = context.Documents
            .Select(d => Path.GetDirectoryName(Path.Combine(context.OutputFolder, d.Destination))!)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        context.Writer.CreateFolders(folders);
    }
}
