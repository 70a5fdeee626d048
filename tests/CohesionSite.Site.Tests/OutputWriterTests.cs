using CohesionSite.Site.Output;
using CohesionSite.Site.Pipeline;

namespace CohesionSite.Site.Tests;

/// <summary>The IO-thread writer and the early-opened output staging: files land, failures are errors, a failed build leaves nothing behind.</summary>
public sealed class OutputWriterTests : IDisposable
{
    private readonly TempDir _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Complete_ManyFilesInNewFolders_WritesEveryFileWithItsBytes()
    {
        var writer = new OutputWriter(threads: 2, capacity: 4);
        var root = Path.Combine(_temp.Path, "w");
        writer.CreateFolders([Path.Combine(root, "a"), Path.Combine(root, "a", "b")]);
        for (var i = 0; i < 200; i++)
        {
            writer.Write(Path.Combine(root, $"f{i % 7}", $"{i}.txt"), [(byte)i, (byte)(i >> 8)]);
        }

        Assert.Empty(writer.Complete());
        Assert.True(Directory.Exists(Path.Combine(root, "a", "b")));
        for (var i = 0; i < 200; i++)
        {
            Assert.Equal(new[] { (byte)i, (byte)(i >> 8) }, File.ReadAllBytes(Path.Combine(root, $"f{i % 7}", $"{i}.txt")));
        }
    }

    [Fact]
    public void Write_QueueFullFromManyThreads_CallersWriteThemselvesAndNothingIsLost()
    {
        // One IO thread and room for one item: most writes find the queue full and are done by the caller.
        var writer = new OutputWriter(threads: 1, capacity: 1);
        var root = Path.Combine(_temp.Path, "full");
        Parallel.For(0, 500, i => writer.Write(Path.Combine(root, $"d{i % 13}", $"{i}.html"), BitConverter.GetBytes(i)));

        Assert.Empty(writer.Complete());
        Assert.Equal(500, Directory.GetFiles(root, "*.html", SearchOption.AllDirectories).Length);
        for (var i = 0; i < 500; i++)
        {
            Assert.Equal(i, BitConverter.ToInt32(File.ReadAllBytes(Path.Combine(root, $"d{i % 13}", $"{i}.html"))));
        }
    }

    [Fact]
    public void Complete_FileWhereAFolderMustGo_ReturnsTheErrorOnce()
    {
        var writer = new OutputWriter();
        var blocker = Path.Combine(_temp.Path, "blocked");
        File.WriteAllText(blocker, "a file, not a folder");
        writer.Write(Path.Combine(blocker, "index.html"), [1]);

        var errors = writer.Complete();
        Assert.Single(errors);
        Assert.Contains("blocked", errors[0], StringComparison.Ordinal);
        Assert.Empty(writer.Complete());
    }

    [Fact]
    public void Dispose_UncommittedStaging_DeletesItsFolderAndKeepsTheOutput()
    {
        var output = Path.Combine(_temp.Path, "site");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "index.html"), "previous");

        string folder;
        using (var staging = OutputStaging.Begin(output, ["walsall-2008", "../escape", "wrexham-2011-14"]))
        {
            folder = staging.Folder;
            staging.Writer.Write(Path.Combine(folder, "index.html"), [1, 2, 3]);
        }

        Assert.False(Directory.Exists(folder));
        Assert.Equal("previous", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal([output], Directory.GetFileSystemEntries(_temp.Path));
    }

    [Fact]
    public void Commit_Staging_SwapsInTheNewTreeWithEveryStrategyFolder()
    {
        var output = Path.Combine(_temp.Path, "site");
        using var staging = OutputStaging.Begin(output, ["walsall-2008", "../escape"]);
        staging.Writer.Write(Path.Combine(staging.Folder, "index.html"), [42]);

        Assert.Empty(staging.Commit());
        Assert.Equal([42], File.ReadAllBytes(Path.Combine(output, "index.html")));
        foreach (var (segment, _) in SitePaths.Sections)
        {
            Assert.True(Directory.Exists(Path.Combine(output, SitePaths.Strategy("walsall-2008", segment))), segment);
        }

        Assert.True(Directory.Exists(Path.Combine(output, SitePaths.DataFolder("walsall-2008"))));
        Assert.False(Directory.Exists(Path.Combine(_temp.Path, "escape")));
        Assert.Equal([output], Directory.GetFileSystemEntries(_temp.Path));
    }
}
