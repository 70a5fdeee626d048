using System.Diagnostics;

namespace CohesionSite.Site.Pipeline;

/// <summary>
/// Runs named stages in order over one <see cref="SiteContext"/>. Set stages run once; each run of
/// consecutive document stages is fused into one parallel pass over the documents.
/// </summary>
public sealed class SitePipeline(IReadOnlyList<IStage> stages)
{
    /// <summary>The stages, in order.</summary>
    public IReadOnlyList<IStage> Stages { get; } = stages;

    /// <summary>Runs every stage; stops after the first stage that reported errors.</summary>
    public void Run(SiteContext context)
    {
        try
        {
            RunStages(context);
        }
        finally
        {
            // A run that stopped early still waits for the files already queued, so no IO thread
            // writes into a folder the caller is about to delete.
            context.FlushWrites();
        }
    }

    private void RunStages(SiteContext context)
    {
        var i = 0;
        while (i < Stages.Count)
        {
            var clock = Stopwatch.StartNew();
            if (Stages[i] is ISetStage set)
            {
                set.Execute(context);
                context.Timings.Add((set.Name, clock.Elapsed));
                i++;
            }
            else
            {
                var fused = Stages.Skip(i).TakeWhile(s => s is IDocumentStage).Cast<IDocumentStage>().ToArray();
                Parallel.ForEach(context.Documents, new ParallelOptions { MaxDegreeOfParallelism = context.Parallelism }, doc =>
                {
                    foreach (var stage in fused)
                    {
                        var start = Stopwatch.GetTimestamp();
                        try
                        {
                            stage.Process(doc, context);
                        }
                        catch (Exception e) when (e is not OutOfMemoryException)
                        {
                            // One bad page must not hide the others' errors; the build still fails.
                            context.Error($"{stage.Name}: {doc.Destination}: {e.Message}");
                            return;
                        }
                        finally
                        {
                            // Fused stages share one wall clock; each one's summed thread time says how it splits.
                            context.AddWork(stage.Name, Stopwatch.GetElapsedTime(start));
                        }
                    }
                });
                context.Timings.Add((string.Join("+", fused.Select(s => s.Name)), clock.Elapsed));
                i += fused.Length;
            }

            if (context.HasErrors)
            {
                return;
            }
        }
    }
}
