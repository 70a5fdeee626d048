namespace CohesionSite.Tools.Tests;

/// <summary>The tools follow the command's convention: bad arguments are one clear line and exit 2, never a stack trace. (Moved from the CLI's command-line tests with the commands.)</summary>
public sealed class ToolsCommandLineTests : IDisposable
{
    private readonly TempRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    public static TheoryData<string[], string> BadCommandLines() => new()
    {
        { ["generate", "--strategies", "0", "--out", "synthetic"], "--strategies must be" },
        { ["generate"], "--out" },
        { ["bench", "--sizes", "many"], "--sizes" },
        { ["bench-serve", "--edits", "0"], "--edits must be 1-10000" },
        { ["genrate"], "unknown command 'genrate' (did you mean 'generate'?)" },
    };

    [Theory]
    [MemberData(nameof(BadCommandLines))]
    public void Run_BadArguments_ExitsTwoWithOneClearLineAndNoStackTrace(string[] args, string expected)
    {
        var (code, stdout, stderr) = _repo.RunTools(args);

        Assert.True(code == 2, $"exit {code}\n{stdout}\n{stderr}");
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception:", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("generate")]
    [InlineData("bench")]
    public void Cohesion_ToolsCommand_IsNotPartOfTheShippedTool(string command)
    {
        var (code, _, stderr) = _repo.Run(command);

        Assert.Equal(2, code);
        Assert.Contains($"unknown command '{command}'", stderr, StringComparison.Ordinal);
    }
}
