using System.Collections.Concurrent;

namespace CohesionSite.Site.Pipeline;

/// <summary>
/// Writes the build's files on a few dedicated IO threads, so the render threads never wait on
/// the file system. On the machines we measured, creating a folder or a new file costs ~0.7 ms of
/// kernel time however small it is, so a 10k-page site spends seconds in mkdir and open alone;
/// queued here, that time overlaps rendering instead of adding to it. Folders can be asked for as
/// soon as the documents are known (<see cref="CreateFolders"/>), before any page is rendered.
/// The queue is bounded, so rendered pages never pile up in memory faster than they are written.
/// </summary>
public sealed class OutputWriter : IDisposable
{
    private readonly BlockingCollection<(string Path, byte[]? Bytes)> _queue;
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly int _threadCount;
    private readonly object _gate = new();
    private Thread[]? _threads;
    private bool _completed;
    private volatile bool _cancelled;

    /// <summary>Creates a writer with <paramref name="threads"/> IO threads (started on first use) and a queue of <paramref name="capacity"/> items.</summary>
    public OutputWriter(int threads = 1, int capacity = 512)
    {
        _threadCount = Math.Max(1, threads);
        _queue = new BlockingCollection<(string, byte[]?)>(capacity);
    }

    /// <summary>Queues the creation of each folder (absolute paths), in order, ahead of the files that will go in them.</summary>
    public void CreateFolders(IEnumerable<string> folders)
    {
        foreach (var folder in folders)
        {
            Enqueue(folder, null);
        }
    }

    /// <summary>Queues <paramref name="bytes"/> to be written to <paramref name="path"/> (absolute); its folder is created when missing.</summary>
    public void Write(string path, byte[] bytes) => Enqueue(path, bytes);

    /// <summary>
    /// Waits until everything queued is written; returns the files that could not be written, with
    /// why. Safe to call more than once: later calls wait for nothing and return no error twice.
    /// </summary>
    public IReadOnlyList<string> Complete()
    {
        lock (_gate)
        {
            if (!_completed)
            {
                _completed = true;
                _queue.CompleteAdding();
                foreach (var thread in _threads ?? [])
                {
                    thread.Join();
                }
            }
        }

        var errors = new List<string>();
        while (_errors.TryDequeue(out var error))
        {
            errors.Add(error);
        }

        return errors;
    }

    /// <summary>Drops whatever is still queued (a failed build): the IO threads skip it, so <see cref="Complete"/> returns at once.</summary>
    public void Cancel() => _cancelled = true;

    /// <inheritdoc/>
    public void Dispose()
    {
        Complete();
        _queue.Dispose();
    }

    private void Enqueue(string path, byte[]? bytes)
    {
        EnsureStarted();
        _queue.Add((path, bytes));
    }

    private void EnsureStarted()
    {
        if (_threads is not null)
        {
            return;
        }

        lock (_gate)
        {
            if (_threads is not null)
            {
                return;
            }

            var threads = new Thread[_threadCount];
            for (var i = 0; i < threads.Length; i++)
            {
                threads[i] = new Thread(Drain) { IsBackground = true, Name = $"cohesion-writer-{i}" };
                threads[i].Start();
            }

            _threads = threads;
        }
    }

    private void Drain()
    {
        foreach (var (path, bytes) in _queue.GetConsumingEnumerable())
        {
            if (_cancelled)
            {
                continue;
            }

            try
            {
                if (bytes is null)
                {
                    EnsureFolder(path);
                }
                else
                {
                    EnsureFolder(Path.GetDirectoryName(path)!);
                    File.WriteAllBytes(path, bytes);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _errors.Enqueue($"{path}: {e.Message}");
            }
        }
    }

    private void EnsureFolder(string folder)
    {
        // CreateDirectory is idempotent, so two threads racing on one folder is harmless; the set only saves repeat calls.
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _folders[folder] = true;
        }
    }
}
