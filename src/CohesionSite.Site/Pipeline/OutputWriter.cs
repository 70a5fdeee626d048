using System.Collections.Concurrent;

namespace CohesionSite.Site.Pipeline;

/// <summary>
/// Writes the build's files on a dedicated IO thread, so the render threads do not wait on the file
/// system while it keeps up. On the machines we measured, creating a folder or a new file costs up to ~0.7 ms of
/// kernel time however small it is, so a 10k-page site spends seconds in mkdir and open alone;
/// queued here, that time overlaps loading and rendering instead of adding to them. Folders can be
/// asked for before any page exists (<see cref="CreateFolders"/>). The queue is bounded, so rendered
/// pages never pile up in memory faster than they are written: when it is full, the thread that
/// rendered a page writes it itself, so nothing ever waits for room; a batch of folders is one item.
/// </summary>
public sealed class OutputWriter
{
    private readonly BlockingCollection<Job> _queue;
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
        _queue = new BlockingCollection<Job>(capacity);
    }

    /// <summary>Queues the creation of each folder (absolute paths), in order, ahead of the files queued after it.</summary>
    public void CreateFolders(IReadOnlyList<string> folders) => Enqueue(new Job(null, null, folders));

    /// <summary>Queues <paramref name="bytes"/> to be written to <paramref name="path"/> (absolute); its folder is created when missing.</summary>
    public void Write(string path, byte[] bytes) => Enqueue(new Job(path, bytes, null));

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

    private void Enqueue(Job job)
    {
        EnsureStarted();

        // A full queue means the file system is the bottleneck: the caller does this job itself instead
        // of waiting for room. Waiting spun (tens of thousands of sched_yield calls on a 1k-page build)
        // and took the very cores the IO thread's kernel work needed; helping adds a second writer.
        if (!_queue.TryAdd(job))
        {
            Run(job);
        }
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
        foreach (var job in _queue.GetConsumingEnumerable())
        {
            Run(job);
        }
    }

    // Safe on any thread: a file makes its own folder, and making a folder twice is harmless.
    private void Run(Job job)
    {
        foreach (var folder in job.Folders ?? [])
        {
            if (!_cancelled)
            {
                Guarded(folder, () => EnsureFolder(folder));
            }
        }

        if (job.Path is { } path && !_cancelled)
        {
            Guarded(path, () =>
            {
                EnsureFolder(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, job.Bytes!);
            });
        }
    }

    private void Guarded(string path, Action io)
    {
        try
        {
            io();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _errors.Enqueue($"{path}: {e.Message}");
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

    /// <summary>One queued item: a file to write, or a batch of folders to make.</summary>
    private readonly record struct Job(string? Path, byte[]? Bytes, IReadOnlyList<string>? Folders);
}
