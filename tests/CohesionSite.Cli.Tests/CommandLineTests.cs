using System.Net;
using System.Net.Sockets;

namespace CohesionSite.Cli.Tests;

/// <summary>One convention for every command: bad arguments are one clear line and exit 2, never a stack trace; choices in any case; the nearest name suggested.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly TempRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    public static TheoryData<string[], string> BadCommandLines() => new()
    {
        { ["valdate"], "unknown command 'valdate' (did you mean 'validate'?)" },
        { ["validate", "--strategy", "walsal-2008"], "no strategy folder 'walsal-2008' (did you mean 'walsall-2008'?)" },
        { ["validate", "--stratgy", "x"], "unknown option '--stratgy' for 'validate' (did you mean '--strategy'?)" },
        { ["export", "--format", "pdf"], "--format: 'pdf' is not one of json, xlsx, csv" },
        { ["export", "--out", "/proc/no-such-dir/model.json"], "error: " },
        { ["schema", "--out", "/proc/no-such-dir"], "error: " },
        { ["build", "--link-root", "sub"], "--link-root 'sub' must start and end with '/'" },
        { ["build", "--out", "content"], "refusing to write to" },
        { ["check", "--fail-level", "severe"], "--fail-level: 'severe' is not one of error, warning, info, none" },
        { ["check", "--format", "xml"], "--format: 'xml' is not one of text, json, sarif, markdown" },
        { ["check", "--baseline", "missing.json"], "missing.json" },
        { ["check", "--out", "/proc/no-such-dir/report.txt"], "error: " },
        { ["import", "nope.xlsx", "--strategy", "walsall-2008"], "nope.xlsx: no such file or folder" },
        { ["import", "plan.xlsx"], "--strategy" },
        { ["new", "strategy", "demo"], "--title" },
        { ["new", "strategy", "Bad Id", "--title", "x"], "Bad Id" },
        { ["serve", "--port", "99999"], "--port 99999 must be 1-65535" },
        { [], "say which command to run" },
    };

    [Theory]
    [MemberData(nameof(BadCommandLines))]
    public void Run_BadArguments_ExitsTwoWithOneClearLineAndNoStackTrace(string[] args, string expected)
    {
        var (code, stdout, stderr) = _repo.Run(args);

        Assert.True(code == 2, $"exit {code}\n{stdout}\n{stderr}");
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_PortInUse_OneLineAndExitTwo()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (code, _, stderr) = _repo.Run("serve", "--port", port);

        Assert.Equal(2, code);
        Assert.Equal($"error: cannot listen on 127.0.0.1:{port}: the port is already in use; stop the other server or pass --port <free port>", stderr.Trim());
    }

    [Theory]
    [InlineData("--format", "JSON")]
    [InlineData("--format", "Json")]
    [InlineData("--fail-level", "Warning")]
    [InlineData("--fail-level", "NONE")]
    public void Check_ChoiceInAnyCase_Accepted(string option, string value)
    {
        var (code, _, stderr) = _repo.Run("check", "--strategy", "walsall-2008", option, value);

        Assert.True(code is 0 or 1, stderr);
        Assert.DoesNotContain("is not one of", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_OutputAlias_SameAsOut()
    {
        var (code, _, stderr) = _repo.Run("export", "--output", "model.json");

        Assert.True(code == 0, stderr);
        Assert.True(File.Exists(_repo["model.json"]));
    }

    [Fact]
    public void Schema_RunInsideContentFolder_WritesBesideStatiqJson()
    {
        var (code, stdout, stderr) = CohesionSite.Tests.CliProcess.Run(_repo["content/walsall-2008"], "schema");

        Assert.True(code == 0, stderr);
        Assert.Contains(_repo["schemas"], stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_repo["content/walsall-2008/schemas"]));
        Assert.True(File.Exists(_repo["schemas/actions.schema.json"]));
    }

    [Fact]
    public void Validate_ShippedContent_TotalAndOneRowPerStrategy()
    {
        var (code, stdout, stderr) = _repo.Run("validate");

        Assert.True(code == 0, stderr);
        var lines = stdout.TrimEnd().Split('\n');
        Assert.StartsWith("valid: 5 strategies, no errors, in ", lines[0], StringComparison.Ordinal);
        Assert.Matches(@"^  strategy +priorities +actions +indicators +outcomes$", lines[1]);
        Assert.Matches(@"^  walsall-2008 +13 +36 +10 +0$", lines.Single(l => l.Contains("walsall-2008", StringComparison.Ordinal)));
        Assert.StartsWith("  total", lines[^1], StringComparison.Ordinal);
        Assert.Equal(8, lines.Length);
        Assert.All(lines, l => Assert.True(l.Length < 120, l));
    }

    [Fact]
    public void Import_WorkbookOfAnotherStrategy_OneLineNamingItsOwner()
    {
        Assert.Equal(0, _repo.Run("export", "--format", "xlsx", "--strategy", "walsall-2008", "--out", "walsall.xlsx").Code);

        var (code, _, stderr) = _repo.Run("import", "walsall.xlsx", "--strategy", "wrexham-2011-14");

        Assert.Equal(2, code);
        var lines = stderr.TrimEnd().Split('\n');
        Assert.Equal("walsall.xlsx!Readme!B1: this workbook is walsall-2008's, not wrexham-2011-14's; import it with --strategy walsall-2008, or export one from wrexham-2011-14 with 'cohesion export --format xlsx --strategy wrexham-2011-14'", lines[0]);
        Assert.Equal(2, lines.Length);
    }
}
