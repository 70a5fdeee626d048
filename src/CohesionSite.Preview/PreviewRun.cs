using CohesionSite.Workspace;

namespace CohesionSite.Preview;

/// <summary>
/// One running preview: a private folder, the session, the reload hub, the rebuild loop and the
/// watcher over the workspace's content, rules, templates and settings. Hosts (serve, the edit
/// benchmark) create one, put their front end on <see cref="Session"/> and <see cref="Hub"/>, then
/// <see cref="Start"/> and <see cref="StopAsync"/> it.
/// </summary>
public sealed class PreviewRun : IDisposable
{
    private readonly WorkspaceFolder _workspace;
    private readonly CancellationTokenSource _stop = new();
    private ContentWatcher? _watcher;
    private Task _rebuilding = Task.CompletedTask;

    /// <summary>Creates the run (nothing is built or watched until <see cref="Start"/>).</summary>
    /// <param name="workspace">The workspace as opened.</param>
    /// <param name="config">The <c>--config</c> given (re-opened on every full rebuild), or null.</param>
    /// <param name="content">The <c>--content</c> given, or null.</param>
    /// <param name="linkRoot">The <c>--link-root</c> given, or null.</param>
    /// <param name="output">Progress lines.</param>
    /// <param name="error">Error and warning lines.</param>
    /// <param name="rebuilt">Called after every rebuild with its measurements; null when nobody asks.</param>
    public PreviewRun(WorkspaceFolder workspace, string? config, string? content, string? linkRoot, TextWriter output, TextWriter error, Action<RebuildReport>? rebuilt = null)
    {
        _workspace = workspace;
        // Private to this process and outside the repository: the published OutputPath is never touched.
        Root = Path.Combine(Path.GetTempPath(), "cohesion-preview", $"{Environment.ProcessId}-{Guid.NewGuid():N}");
        Session = new PreviewSession(workspace, config, content, linkRoot, Root, error);
        Loop = new RebuildLoop(Session, Hub, output, error, rebuilt);
    }

    /// <summary>The private folder every preview build goes under.</summary>
    public string Root { get; }

    /// <summary>The preview's state.</summary>
    public PreviewSession Session { get; }

    /// <summary>Where reload messages go.</summary>
    public ReloadHub Hub { get; } = new();

    /// <summary>The rebuild loop.</summary>
    public RebuildLoop Loop { get; }

    /// <summary>Runs the first build, then watches and rebuilds on a background task until <see cref="StopAsync"/>.</summary>
    public void Start()
    {
        Loop.Initial();
        _watcher = new ContentWatcher([_workspace.ContentPath, .. _workspace.SharedFolders], [_workspace.ConfigPath]);
        var batches = _watcher.Batches(_stop.Token);
        _rebuilding = Task.Run(() => Loop.Run(batches));
    }

    /// <summary>Stops watching and waits for the rebuild in progress, if any.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        _watcher?.Dispose();
        await _rebuilding;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _watcher?.Dispose();
        _stop.Dispose();
        Session.Dispose();
    }
}
