namespace CohesionSite.Cli.Tests;

/// <summary>The repository's <c>./cohesion</c> launcher: a newcomer types it at once; it builds the tool once and then starts it directly.</summary>
public sealed class LauncherTests
{
    [Fact]
    public void Launcher_RunTwice_BuildsOnceThenRunsTheBuiltTool()
    {
        var root = CohesionSite.Tests.RepositoryRoot.Path;
        var launcher = Path.Combine(root, "cohesion");

        var first = CohesionSite.Tests.CliProcess.Process(root, "bash", [launcher, "validate"]);
        Assert.True(first.Code == 0, first.Stderr);
        Assert.StartsWith("valid: 5 strategies", first.Stdout, StringComparison.Ordinal);

        var second = CohesionSite.Tests.CliProcess.Process(root, "bash", [launcher, "validate"]);
        Assert.True(second.Code == 0, second.Stderr);
        Assert.DoesNotContain("building the tool", second.Stderr, StringComparison.Ordinal);
        Assert.Equal(first.Stdout.Split('\n')[1..], second.Stdout.Split('\n')[1..]);
    }

    [Fact]
    public void Launcher_UnknownCommand_PassesTheToolsExitCodeThrough()
    {
        var root = CohesionSite.Tests.RepositoryRoot.Path;

        var (code, _, stderr) = CohesionSite.Tests.CliProcess.Process(root, "bash", [Path.Combine(root, "cohesion"), "valdate"]);

        Assert.Equal(2, code);
        Assert.Contains("did you mean 'validate'?", stderr, StringComparison.Ordinal);
    }
}
