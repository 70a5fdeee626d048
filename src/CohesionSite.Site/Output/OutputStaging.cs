using CohesionSite.Site.Pipeline;

namespace CohesionSite.Site.Output;

/// <summary>
/// A build's temporary output folder and its writer, opened before the content is even loaded:
/// the folder tree of every strategy's pages (known from the content folder's names alone) is made
/// on the writer's IO thread while the loader and the rules use the CPU. <see cref="Commit"/>
/// swaps the finished folder in; disposing an uncommitted staging drops queued work and deletes
/// the folder, so a failed build leaves the previous output exactly as it was.
/// </summary>
public sealed class OutputStaging : IDisposable
{
    private bool _done;

    private OutputStaging(string output, string folder)
    {
        Output = output;
        Folder = folder;
    }

    /// <summary>The output folder the build replaces.</summary>
    public string Output { get; }

    /// <summary>The temporary folder the build writes into.</summary>
    public string Folder { get; }

    /// <summary>The writer every file of the build goes through.</summary>
    public OutputWriter Writer { get; } = new();

    /// <summary>Creates the temporary folder and queues the page folders of <paramref name="strategyIds"/> (ids that are not slugs are left to the build to reject).</summary>
    public static OutputStaging Begin(string output, IEnumerable<string> strategyIds)
    {
        var staging = new OutputStaging(Path.GetFullPath(output), OutputFolder.CreateTemp(output, OutputKind.Site));
        var folders = strategyIds
            .Where(SitePaths.IsSegment)
            .SelectMany(id => SitePaths.Sections.Select(s => SitePaths.Strategy(id, s.Segment)).Append(SitePaths.DataFolder(id)))
            .Select(path => Path.Combine(staging.Folder, path.TrimEnd('/')))
            .Order(StringComparer.Ordinal)
            .ToArray();
        staging.Writer.CreateFolders(folders);
        return staging;
    }

    /// <summary>Waits for the writer, then swaps the folder in; false (with the errors) when a file could not be written.</summary>
    public IReadOnlyList<string> Commit()
    {
        var errors = Writer.Complete();
        if (errors.Count > 0)
        {
            return errors;
        }

        OutputFolder.SwapIn(Folder, Output);
        _done = true;
        return [];
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_done)
        {
            return;
        }

        _done = true;
        Writer.Cancel();
        Writer.Complete();
        OutputFolder.DeleteStaging(Folder);
    }
}
