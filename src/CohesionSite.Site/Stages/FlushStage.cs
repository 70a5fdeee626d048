using CohesionSite.Site.Pipeline;

namespace CohesionSite.Site.Stages;

/// <summary>Waits for the output writer to finish every queued file; a file that could not be written is a build error.</summary>
public sealed class FlushStage : ISetStage
{
    /// <inheritdoc/>
    public string Name => "flush";

    /// <inheritdoc/>
    public void Execute(SiteContext context)
    {
        context.FlushWrites();
    }
}
