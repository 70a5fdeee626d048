using System.Diagnostics;
using CohesionSite.Workspace;

namespace CohesionSite.Preview.Tests;

/// <summary>The rebuild loop on a real copy of the repository, fed batches directly (no watcher, no server).</summary>
public sealed class RebuildLoopTests : IDisposable
{
    private readonly TempRepo _repo = new();
    private readonly string _previewRoot = Path.Combine(Path.GetTempPath(), "cohesion-preview-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        _repo.Dispose();
        if (Directory.Exists(_previewRoot))
        {
            Directory.Delete(_previewRoot, recursive: true);
        }
    }

    private PreviewSession Session() =>
        new(WorkspaceFolder.Open(_repo["statiq.json"], null, null).Folder!, _repo["statiq.json"], null, null, _previewRoot, TextWriter.Null);

    private static async IAsyncEnumerable<ChangeBatch> Batches(params string[] paths)
    {
        foreach (var path in paths)
        {
            await Task.Yield();
            yield return new ChangeBatch([path], Stopwatch.GetTimestamp());
        }
    }

    private void EditWalsall(int i) =>
        File.WriteAllText(_repo["content/walsall-2008/actions.yaml"], File.ReadAllText(_repo["content/walsall-2008/actions.yaml"]) + $"\n# edit {i}\n");

    [Fact]
    public async Task Run_WithObserver_ReportsEveryRebuildWithItsLatency()
    {
        using var session = Session();
        var reports = new List<RebuildReport>();
        var loop = new RebuildLoop(session, new ReloadHub(), TextWriter.Null, TextWriter.Null, reports.Add);
        loop.Initial();
        EditWalsall(1);

        await loop.Run(Batches(_repo["content/walsall-2008/actions.yaml"], _repo["content/walsall-2008/actions.yaml"]));

        Assert.Equal(2, reports.Count);
        Assert.All(reports, r => Assert.False(r.Outcome.Full));
        Assert.All(reports, r => Assert.True(r.LatencyMs > 0));
        Assert.All(reports, r => Assert.Equal(0, r.Errors));
    }

    [Fact]
    public async Task Run_WithoutObserver_RebuildsAndTellsThePages()
    {
        using var session = Session();
        var hub = new ReloadHub();
        var loop = new RebuildLoop(session, hub, TextWriter.Null, TextWriter.Null);
        loop.Initial();
        using var page = hub.Subscribe();
        EditWalsall(2);

        await loop.Run(Batches(_repo["content/walsall-2008/actions.yaml"]));

        Assert.True(page.Messages.TryRead(out var message));
        Assert.Contains("\"all\":false", message, StringComparison.Ordinal);
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task Run_BrokenRulesFile_OverlayListsItsDiagnosticsOnly()
    {
        using var session = Session();
        var loop = new RebuildLoop(session, new ReloadHub(), TextWriter.Null, TextWriter.Null);
        loop.Initial();
        File.WriteAllText(_repo["rules/zz-broken.yaml"], "rules:\n  - [unclosed\n");

        await loop.Run(Batches(_repo["rules/zz-broken.yaml"]));

        Assert.NotEmpty(session.Errors);
        Assert.All(session.Errors, e => Assert.StartsWith("rules/zz-broken.yaml:", e));
        Assert.NotNull(session.Site);
    }
}
