namespace CohesionSite.Cli.Tests;

/// <summary>
/// build and generate write only into a folder that is missing, empty or theirs (the marker); the
/// repository's own folders are never an output, and a refused run touches nothing.
/// </summary>
public sealed class OutputSafetyTests : IDisposable
{
    private readonly TempRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Theory]
    [InlineData(".")]
    [InlineData("content")]
    [InlineData("content/walsall-2008")]
    [InlineData("rules")]
    [InlineData(".git")]
    public void Build_OutputIsOrHoldsRepositoryFolder_RefusedAndNothingTouched(string output)
    {
        var before = TempRepo.Snapshot(_repo.Root);

        var (code, stdout, stderr) = _repo.Run("build", "--out", output, "--force");

        Assert.Equal(2, code);
        Assert.Contains("refusing to", stderr);
        Assert.DoesNotContain("site written", stdout);
        TempRepo.AssertSame(before, TempRepo.Snapshot(_repo.Root));
        Assert.Equal([".git", "content", "rules"], Directory.GetDirectories(_repo.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Build_ForeignNonEmptyFolder_RefusedNamingWhatIsInIt()
    {
        var foreign = _repo["notes"];
        Directory.CreateDirectory(foreign);
        File.WriteAllText(Path.Combine(foreign, "minutes.docx"), "board minutes");

        var (code, _, stderr) = _repo.Run("build", "--out", "notes");

        Assert.Equal(2, code);
        Assert.Contains($"refusing to replace {foreign}: it is not empty (minutes.docx)", stderr);
        Assert.Contains("--force", stderr);
        Assert.Equal("board minutes", File.ReadAllText(Path.Combine(foreign, "minutes.docx")));
    }

    [Fact]
    public void Build_ForeignFolderWithForce_Replaced()
    {
        var foreign = _repo["old-site"];
        Directory.CreateDirectory(foreign);
        File.WriteAllText(Path.Combine(foreign, "index.html"), "hand-made");

        var (code, _, stderr) = _repo.Run("build", "--output", "old-site", "--force");

        Assert.True(code == 0, stderr);
        Assert.True(File.Exists(Path.Combine(foreign, ".cohesion-output")));
        Assert.NotEqual("hand-made", File.ReadAllText(Path.Combine(foreign, "index.html")));
    }

    [Fact]
    public void Build_FolderHoldingGitEvenWithForce_Refused()
    {
        var site = _repo["gh-pages"];
        Directory.CreateDirectory(Path.Combine(site, ".git"));
        File.WriteAllText(Path.Combine(site, ".git", "HEAD"), "ref: refs/heads/gh-pages\n");

        var (code, _, stderr) = _repo.Run("build", "--out", "gh-pages", "--force");

        Assert.Equal(2, code);
        Assert.Contains("holds a .git repository", stderr);
        Assert.True(File.Exists(Path.Combine(site, ".git", "HEAD")));
    }

    [Fact]
    public void Build_MissingThenOwnOutput_WrittenThenReplacedWithNothingLeftBeside()
    {
        var (first, _, firstErr) = _repo.Run("build", "--out", "site");
        Assert.True(first == 0, firstErr);
        File.WriteAllText(_repo["site/stale.txt"], "from an earlier build");

        var (second, _, secondErr) = _repo.Run("build", "--out", "site");

        Assert.True(second == 0, secondErr);
        Assert.False(File.Exists(_repo["site/stale.txt"]));
        Assert.True(File.Exists(_repo["site/index.html"]));
        Assert.DoesNotContain(Directory.GetFileSystemEntries(_repo.Root), e => Path.GetFileName(e).StartsWith(".site.", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_EmptyFolder_Written()
    {
        Directory.CreateDirectory(_repo["empty"]);

        var (code, _, stderr) = _repo.Run("build", "--out", "empty");

        Assert.True(code == 0, stderr);
        Assert.True(File.Exists(_repo["empty/index.html"]));
    }
}
