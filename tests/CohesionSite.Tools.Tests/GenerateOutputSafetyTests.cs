namespace CohesionSite.Tools.Tests;

/// <summary>
/// generate writes only into a folder that is missing, empty or its own (the marker); the
/// repository's own folders are never its output, and a refused run touches nothing. (Moved from
/// the CLI's output-safety tests with the command.)
/// </summary>
public sealed class GenerateOutputSafetyTests : IDisposable
{
    private readonly TempRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Build_OutputWrittenByGenerate_Refused()
    {
        var (gen, _, genErr) = _repo.RunTools("generate", "--strategies", "1", "--actions-per-strategy", "2", "--out", "synthetic");
        Assert.True(gen == 0, genErr);

        var (code, _, stderr) = _repo.Run("build", "--out", "synthetic");

        Assert.Equal(2, code);
        Assert.Contains("written by cohesion generate, not cohesion build", stderr);
        Assert.True(File.Exists(_repo["synthetic/statiq.json"]));
    }

    [Theory]
    [InlineData(".")]
    [InlineData("content")]
    public void Generate_OutputIsRepositoryFolder_RefusedAndNothingTouched(string output)
    {
        var before = TempRepo.Snapshot(_repo.Root);

        var (code, _, stderr) = _repo.RunTools("generate", "--strategies", "1", "--actions-per-strategy", "2", "--out", output);

        Assert.Equal(2, code);
        Assert.Contains("refusing to write to", stderr);
        TempRepo.AssertSame(before, TempRepo.Snapshot(_repo.Root));
    }

    [Fact]
    public void Generate_IntoContentWhileStatiqJsonDoesNotLoad_StillRefused()
    {
        // A broken settings file must not switch the guard off.
        File.WriteAllText(_repo["statiq.json"], "{ \"SiteTitle\": \"x\", \"NoSuchKey\": 1 }");
        var before = TempRepo.Snapshot(_repo["content"]);

        var (code, _, stderr) = _repo.RunTools("generate", "--strategies", "1", "--actions-per-strategy", "2", "--out", "content", "--force");

        Assert.Equal(2, code);
        Assert.Contains("it is the content folder", stderr, StringComparison.Ordinal);
        TempRepo.AssertSame(before, TempRepo.Snapshot(_repo["content"]));
    }

    [Fact]
    public void Generate_ForeignFolder_Refused()
    {
        Directory.CreateDirectory(_repo["work"]);
        File.WriteAllText(_repo["work/keep.txt"], "mine");

        var (code, _, stderr) = _repo.RunTools("generate", "--strategies", "1", "--out", "work");

        Assert.Equal(2, code);
        Assert.Contains("was not written by cohesion generate", stderr);
        Assert.Equal("mine", File.ReadAllText(_repo["work/keep.txt"]));
    }

    [Fact]
    public void Generate_OwnEarlierOutput_Replaced()
    {
        Assert.Equal(0, _repo.RunTools("generate", "--strategies", "2", "--actions-per-strategy", "2", "--out", "synthetic").Code);

        var (code, _, stderr) = _repo.RunTools("generate", "--strategies", "1", "--actions-per-strategy", "2", "--out", "synthetic");

        Assert.True(code == 0, stderr);
        Assert.Single(Directory.GetDirectories(_repo["synthetic/content"]), d => !d.EndsWith("national", StringComparison.Ordinal));
    }
}
