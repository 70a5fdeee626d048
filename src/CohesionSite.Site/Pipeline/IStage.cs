namespace CohesionSite.Site.Pipeline;

/// <summary>A named step of the pipeline.</summary>
public interface IStage
{
    /// <summary>The stage's name, for timings and errors.</summary>
    string Name { get; }
}

/// <summary>A stage that sees the whole document list at once (reads the model, adds documents, checks links).</summary>
public interface ISetStage : IStage
{
    /// <summary>Runs over the context's documents.</summary>
    void Execute(SiteContext context);
}

/// <summary>
/// A stage that handles one document at a time and keeps no state across documents except through
/// thread-safe collectors. Consecutive document stages are fused and run in parallel per document,
/// so a page is rendered, written and released before the next is held: memory stays flat at 50k pages.
/// </summary>
public interface IDocumentStage : IStage
{
    /// <summary>Processes one document; may run concurrently with other documents.</summary>
    void Process(SiteDocument document, SiteContext context);
}
