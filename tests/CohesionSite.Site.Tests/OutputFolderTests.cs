using System.Diagnostics;
using CohesionSite.Site.Output;

namespace CohesionSite.Site.Tests;

/// <summary>The swap and the repair of what a killed run left: staging folders of dead processes, a half-done swap.</summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly TempDir _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void CreateTemp_OldOutputOfDeadRunAndNoOutput_RestoresThePreviousOutput()
    {
        // A run on a system without an atomic exchange was killed between its two renames.
        var output = Path.Combine(_temp.Path, "site");
        var aside = Path.Combine(_temp.Path, $".site.old-{DeadPid()}");
        Directory.CreateDirectory(aside);
        OutputMarker.Write(aside, OutputKind.Site);
        File.WriteAllText(Path.Combine(aside, "index.html"), "previous");

        var temp = OutputFolder.CreateTemp(output, OutputKind.Site);

        Assert.Equal("previous", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.False(Directory.Exists(aside));
        OutputFolder.DeleteStaging(temp);
    }

    [Fact]
    public void CreateTemp_StagingOfDeadRun_Deleted()
    {
        var output = Path.Combine(_temp.Path, "site");
        var stale = Path.Combine(_temp.Path, $".site.new-{DeadPid()}");
        Directory.CreateDirectory(stale);
        OutputMarker.Write(stale, OutputKind.Site);

        var temp = OutputFolder.CreateTemp(output, OutputKind.Site);

        Assert.False(Directory.Exists(stale));
        Assert.True(Directory.Exists(temp));
    }

    [Fact]
    public void CreateTemp_LookalikeFolderWithoutMarker_LeftAlone()
    {
        var output = Path.Combine(_temp.Path, "site");
        var lookalike = Path.Combine(_temp.Path, $".site.new-{DeadPid()}");
        Directory.CreateDirectory(lookalike);
        File.WriteAllText(Path.Combine(lookalike, "mine.txt"), "not cohesion's");

        OutputFolder.CreateTemp(output, OutputKind.Site);

        Assert.Equal("not cohesion's", File.ReadAllText(Path.Combine(lookalike, "mine.txt")));
    }

    [Fact]
    public void SwapIn_ExistingOutput_ReplacedWithNoStagingLeft()
    {
        var output = Path.Combine(_temp.Path, "site");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "old.html"), "old");
        var temp = OutputFolder.CreateTemp(output, OutputKind.Site);
        File.WriteAllText(Path.Combine(temp, "new.html"), "new");

        OutputFolder.SwapIn(temp, output);

        Assert.Equal([OutputMarker.FileName, "new.html"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal([output], Directory.GetFileSystemEntries(_temp.Path));
    }

    [Fact]
    public void Check_MarkerOfOtherKindOrForeignOrGit_Refused()
    {
        var output = Path.Combine(_temp.Path, "out");
        Directory.CreateDirectory(output);
        Assert.Null(OutputGuard.Check(output, OutputKind.Site, [], force: false));

        OutputMarker.Write(output, OutputKind.Generated);
        Assert.Contains("written by cohesion generate", OutputGuard.Check(output, OutputKind.Site, [], force: true));

        File.Delete(Path.Combine(output, OutputMarker.FileName));
        File.WriteAllText(Path.Combine(output, "a.txt"), "x");
        Assert.Contains("not empty (a.txt)", OutputGuard.Check(output, OutputKind.Site, [], force: false));
        Assert.Null(OutputGuard.Check(output, OutputKind.Site, [], force: true));

        Directory.CreateDirectory(Path.Combine(output, ".git"));
        Assert.Contains(".git", OutputGuard.Check(output, OutputKind.Site, [], force: true));
    }

    [Fact]
    public void Check_InsideOrAroundProtectedFolder_Refused()
    {
        var root = Path.Combine(_temp.Path, "repo");
        var guarded = OutputGuard.ForRepository(root, Path.Combine(root, "content"), Path.Combine(root, "rules"));

        Assert.Null(OutputGuard.Check(Path.Combine(root, "output"), OutputKind.Site, guarded, force: false));
        Assert.Contains("it holds the content folder", OutputGuard.Check(root, OutputKind.Site, guarded, force: true));
        Assert.Contains("it holds the content folder", OutputGuard.Check(_temp.Path, OutputKind.Site, guarded, force: true));
        Assert.Contains("it is inside the rules folder", OutputGuard.Check(Path.Combine(root, "rules", "x"), OutputKind.Site, guarded, force: true));
    }

    private static int DeadPid()
    {
        using var process = Process.Start(new ProcessStartInfo("true"))!;
        process.WaitForExit();
        return process.Id;
    }
}
