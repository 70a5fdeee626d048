using System.Diagnostics;
using System.Threading.Channels;

namespace CohesionSite.Preview;

/// <summary>
/// Watches the content, rules and templates folders and statiq.json, and hands out changes in
/// debounced batches: a batch closes once no event came for <see cref="Quiet"/> (an editor's save is
/// several events), or after <see cref="MaxWait"/> at the latest.
/// </summary>
public sealed class ContentWatcher : IDisposable
{
    /// <summary>How long the folders must be quiet before a batch is handed out.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(20);

    /// <summary>The longest a batch waits for quiet.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromMilliseconds(300);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<(string Path, long At)> _events = Channel.CreateUnbounded<(string, long)>();

    /// <summary>Starts watching <paramref name="folders"/> (recursively, where they exist) and <paramref name="files"/>.</summary>
    public ContentWatcher(IEnumerable<string> folders, IEnumerable<string> files)
    {
        foreach (var folder in folders.Where(Directory.Exists).Distinct(StringComparer.Ordinal))
        {
            Add(new FileSystemWatcher(folder) { IncludeSubdirectories = true });
        }

        foreach (var file in files.Where(File.Exists))
        {
            Add(new FileSystemWatcher(Path.GetDirectoryName(Path.GetFullPath(file))!, Path.GetFileName(file)));
        }
    }

    /// <summary>Batches of changes until <paramref name="cancel"/> fires.</summary>
    public async IAsyncEnumerable<ChangeBatch> Batches([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancel)
    {
        var reader = _events.Reader;
        while (true)
        {
            (string Path, long At) first;
            try
            {
                first = await reader.ReadAsync(cancel);
            }
            catch (OperationCanceledException)
            {
                yield break;
            }

            var paths = new HashSet<string>(StringComparer.Ordinal) { first.Path };
            var deadline = first.At + (long)(MaxWait.TotalSeconds * Stopwatch.Frequency);
            while (Stopwatch.GetTimestamp() < deadline)
            {
                using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancel);
                quiet.CancelAfter(Quiet);
                try
                {
                    paths.Add((await reader.ReadAsync(quiet.Token)).Path);
                }
                catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
                {
                    break;
                }
                catch (OperationCanceledException)
                {
                    yield break;
                }
            }

            yield return new ChangeBatch(paths, first.At);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var w in _watchers)
        {
            w.Dispose();
        }

        _events.Writer.TryComplete();
    }

    private void Add(FileSystemWatcher watcher)
    {
        watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size;
        void On(string path) => _events.Writer.TryWrite((path, Stopwatch.GetTimestamp()));
        watcher.Changed += (_, e) => On(e.FullPath);
        watcher.Created += (_, e) => On(e.FullPath);
        watcher.Deleted += (_, e) => On(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            On(e.OldFullPath);
            On(e.FullPath);
        };
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }
}
