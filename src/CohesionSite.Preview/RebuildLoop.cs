using System.Diagnostics;

namespace CohesionSite.Preview;

/// <summary>One rebuild as measured: from the first watcher event to the reload message.</summary>
/// <param name="Outcome">What was rebuilt.</param>
/// <param name="LatencyMs">Milliseconds from the first file event of the batch to the reload message being sent.</param>
/// <param name="Errors">Errors shown in the overlay after it.</param>
public sealed record RebuildReport(RebuildOutcome Outcome, double LatencyMs, int Errors);

/// <summary>
/// The single loop that turns watcher batches into rebuilds: classify, rebuild, send the reload
/// message (that is where latency is measured), print a line, then bring the aggregates up to date.
/// One loop means rebuilds never overlap. Nothing is kept per rebuild: a host that wants the
/// measurements (the edit benchmark) passes <paramref name="rebuilt"/>, so a long <c>serve</c>
/// session does not accumulate them.
/// </summary>
/// <param name="session">The preview's state.</param>
/// <param name="hub">Where reload messages go.</param>
/// <param name="output">Progress lines.</param>
/// <param name="error">Error lines.</param>
/// <param name="rebuilt">Called after every completed rebuild (aggregates included); null when nobody asks.</param>
public sealed class RebuildLoop(PreviewSession session, ReloadHub hub, TextWriter output, TextWriter error, Action<RebuildReport>? rebuilt = null)
{
    /// <summary>Rebuilds for each batch until <paramref name="batches"/> ends (the watcher's ends when its token fires).</summary>
    public async Task Run(IAsyncEnumerable<ChangeBatch> batches)
    {
        await foreach (var batch in batches)
        {
            var ws = session.Workspace;
            var known = session.Site?.Content.StrategyById;
            var scope = ChangeClassifier.Classify(batch.Paths, ws.ContentPath, ws.ConfigPath, ws.SharedFolders, id => known?.ContainsKey(id) == true);
            if (scope.IsEmpty)
            {
                continue;
            }

            try
            {
                Rebuild(scope, batch.FirstSeen);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The server must outlive any rebuild: report it and wait for the next save.
                error.WriteLine($"error: rebuild failed: {e}");
            }
        }
    }

    /// <summary>Runs the first build (not timed from a file event).</summary>
    public void Initial()
    {
        var clock = Stopwatch.StartNew();
        var outcome = session.Full();
        PrintErrors();
        hub.Broadcast(null);
        output.WriteLine(session.Errors.Count == 0
            ? $"built {outcome.Rendered} files in {clock.ElapsedMilliseconds} ms"
            : $"the first build failed with {session.Errors.Count} error(s); fix them and save");
    }

    private void Rebuild(ChangeScope scope, long firstSeen)
    {
        var before = session.Errors;
        var clock = Stopwatch.StartNew();
        var outcome = session.Apply(scope);
        var rebuild = clock.Elapsed.TotalMilliseconds;
        hub.Broadcast(outcome.ChangedPaths);
        var latency = PreviewSession.Since(firstSeen);
        if (!ReferenceEquals(before, session.Errors))
        {
            PrintErrors();
        }

        var what = outcome.Full ? "full rebuild" : $"rebuilt {outcome.Rendered} page{(outcome.Rendered == 1 ? string.Empty : "s")}, {outcome.Written} changed";
        output.WriteLine(session.Errors.Count == 0
            ? $"{what} in {latency:0} ms (save to reload message; {rebuild:0} ms rebuilding)"
            : $"{what} in {latency:0} ms; {session.Errors.Count} error(s) shown on every page");

        // Off the save-to-reload path: the search index, data/model.json and the link check.
        if (session.Deferred())
        {
            PrintErrors();
            hub.Broadcast(null);
        }

        rebuilt?.Invoke(new RebuildReport(outcome, latency, session.Errors.Count));
    }

    private void PrintErrors()
    {
        foreach (var e in session.Errors)
        {
            error.WriteLine(e);
        }

        if (session.Errors.Count == 0)
        {
            return;
        }

        error.WriteLine($"{session.Errors.Count} error{(session.Errors.Count == 1 ? string.Empty : "s")}; the last good site stays served");
    }
}
