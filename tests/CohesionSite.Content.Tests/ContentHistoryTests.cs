using System.Diagnostics;

namespace CohesionSite.Content.Tests;

/// <summary>Last-updated dates: the latest commit touching each strategy's folder, or the files' dates outside git.</summary>
public sealed class ContentHistoryTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "cohesion-history-tests", Guid.NewGuid().ToString("N"));

    public ContentHistoryTests() => Directory.CreateDirectory(Path.Combine(_root, "content"));

    private string ContentRoot => Path.Combine(_root, "content");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Read_GitRepository_LatestCommitTouchingEachStrategy()
    {
        Git("init", "-q");
        Commit("content/alpha/strategy.yaml", "2020-01-02T10:00:00Z");
        Commit("content/beta/strategy.yaml", "2021-03-04T10:00:00Z");
        Commit("content/alpha/actions.yaml", "2022-05-06T10:00:00Z");
        Commit("content/national/frameworks.yaml", "2023-07-08T10:00:00Z");
        Commit("README.md", "2024-09-10T10:00:00Z");

        var dates = ContentHistory.Read(ContentRoot);

        Assert.True(dates.FromGit);
        Assert.Equal(new DateOnly(2022, 5, 6), dates.For("alpha"));
        Assert.Equal(new DateOnly(2021, 3, 4), dates.For("beta"));
        Assert.Null(dates.For("national"));
        // The site's date is the newest content change; a commit outside content/ does not count.
        Assert.Equal(new DateOnly(2023, 7, 8), dates.Site);
    }

    [Fact]
    public void Read_FolderNoCommitTouches_FilesModificationDate()
    {
        Git("init", "-q");
        Commit("content/alpha/strategy.yaml", "2020-01-02T10:00:00Z");
        Write("content/gamma/strategy.yaml", new DateTime(2019, 2, 3, 12, 0, 0, DateTimeKind.Utc));

        var dates = ContentHistory.Read(ContentRoot);

        Assert.Equal(new DateOnly(2019, 2, 3), dates.For("gamma"));
        Assert.Equal(new DateOnly(2020, 1, 2), dates.For("alpha"));
    }

    [Theory]
    [InlineData("git")]
    [InlineData("git-that-is-not-installed")]
    public void Read_OutsideGitOrGitMissing_FilesModificationDates(string git)
    {
        Write("content/alpha/strategy.yaml", new DateTime(2018, 4, 5, 12, 0, 0, DateTimeKind.Utc));
        Write("content/alpha/actions.yaml", new DateTime(2018, 6, 7, 12, 0, 0, DateTimeKind.Utc));
        Write("content/national/frameworks.yaml", new DateTime(2019, 8, 9, 12, 0, 0, DateTimeKind.Utc));
        // The temporary folder is in no repository: git says "not a git repository" (exit 128).

        var dates = ContentHistory.Read(ContentRoot, git);

        Assert.False(dates.FromGit);
        Assert.Equal(new DateOnly(2018, 6, 7), dates.For("alpha"));
        Assert.Equal(new DateOnly(2019, 8, 9), dates.Site);
    }

    private void Write(string file, DateTime modified)
    {
        var path = Path.Combine(_root, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "id: x\n");
        File.SetLastWriteTimeUtc(path, modified);
    }

    private void Commit(string file, string date)
    {
        Write(file, DateTime.UtcNow);
        Git("add", file);
        Git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", file, "--date", date, ("GIT_COMMITTER_DATE", date));
    }

    private void Git(params object[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _root, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args)
        {
            if (a is (string name, string value))
            {
                start.Environment[name] = value;
            }
            else
            {
                start.ArgumentList.Add((string)a);
            }
        }

        using var p = Process.Start(start)!;
        var err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, err);
    }
}
