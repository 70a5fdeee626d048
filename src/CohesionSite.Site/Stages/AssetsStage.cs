using CohesionSite.Site.Pipeline;

namespace CohesionSite.Site.Stages;

/// <summary>Copies the embedded stylesheet and scripts to <c>assets/</c>: everything the pages load is on the site itself.</summary>
public sealed class AssetsStage : ISetStage
{
    private const string Prefix = "assets/";

    /// <inheritdoc/>
    public string Name => "assets";

    /// <inheritdoc/>
    public void Execute(SiteContext context)
    {
        var assembly = typeof(AssetsStage).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            context.Documents.Add(new SiteDocument(name) { Bytes = memory.ToArray(), InSitemap = false });
        }
    }
}
