using CohesionSite.Tools.Bench;

namespace CohesionSite.Tools.Tests;

/// <summary>The bench's floor: reading a folder and writing planned files with no work in between, on real files.</summary>
public sealed class IoFloorTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cohesion-floor-test-" + Guid.NewGuid().ToString("N"));

    public IoFloorTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, true);

    [Fact]
    public void ReadAll_NestedFiles_ReturnsEveryByte()
    {
        var input = Path.Combine(_folder, "in");
        Directory.CreateDirectory(Path.Combine(input, "a", "b"));
        File.WriteAllBytes(Path.Combine(input, "one.yaml"), new byte[3]);
        File.WriteAllBytes(Path.Combine(input, "a", "b", "two.yaml"), new byte[(1 << 20) + 5]);

        Assert.Equal(3 + (1 << 20) + 5, IoFloor.ReadAll(input));
    }

    [Fact]
    public void WriteAll_PlanOfAnOutput_WritesTheSameFilesAndSizes()
    {
        var site = Path.Combine(_folder, "site");
        Directory.CreateDirectory(Path.Combine(site, "strategies", "x"));
        File.WriteAllText(Path.Combine(site, "index.html"), "<p>hello</p>");
        File.WriteAllBytes(Path.Combine(site, "strategies", "x", "data.json"), new byte[(2 << 20) + 1]);
        File.WriteAllBytes(Path.Combine(site, "empty.txt"), []);
        var plan = Path.Combine(_folder, "floor.plan");
        IoFloor.WritePlan(plan, IoFloor.PlanOf(site));

        var copy = Path.Combine(_folder, "floor");
        IoFloor.WriteAll(copy, IoFloor.ReadPlan(plan));

        Assert.Equal(IoFloor.PlanOf(site), IoFloor.PlanOf(copy));
        Assert.Equal(["empty.txt", "index.html", "strategies/x/data.json"], IoFloor.PlanOf(copy).Select(f => f.Path));
    }

    [Theory]
    [InlineData("../escaped.html")]
    [InlineData("/tmp/escaped.html")]
    public void WriteAll_PathOutsideTheFolder_IsRefusedAndWritesNothing(string path)
    {
        var copy = Path.Combine(_folder, "floor");

        var e = Assert.Throws<FormatException>(() => IoFloor.WriteAll(copy, [new FloorFile("ok.html", 1), new FloorFile(path, 1)]));

        Assert.Contains("outside", e.Message);
        Assert.False(Directory.Exists(copy));
    }

    [Theory]
    [InlineData("12\t../escaped.html")]
    [InlineData("12\t/tmp/escaped.html")]
    [InlineData("12\ta/../../escaped.html")]
    public void ReadPlan_PathLeavingTheFolder_NamesFileLineAndColumn(string line)
    {
        var plan = Path.Combine(_folder, "out.plan");
        File.WriteAllLines(plan, ["3\tindex.html", line]);

        var e = Assert.Throws<FormatException>(() => IoFloor.ReadPlan(plan));

        Assert.Contains("out.plan:2:4:", e.Message);
        Assert.Contains("leaves the output folder", e.Message);
    }

    [Fact]
    public void ReadPlan_LineWithoutASize_NamesFileAndLine()
    {
        var plan = Path.Combine(_folder, "bad.plan");
        File.WriteAllLines(plan, ["12\tindex.html", "index2.html"]);

        var e = Assert.Throws<FormatException>(() => IoFloor.ReadPlan(plan));

        Assert.Contains("bad.plan:2:1", e.Message);
    }

    [Fact]
    public void TimedFloor_OutputFolderExists_ExitsTwoAndLeavesItAlone()
    {
        var existing = Path.Combine(_folder, "mine");
        Directory.CreateDirectory(existing);
        File.WriteAllText(Path.Combine(existing, "keep.txt"), "keep");
        var plan = Path.Combine(_folder, "floor.plan");
        IoFloor.WritePlan(plan, [new FloorFile("keep.txt", 100)]);

        var (code, _, stderr) = CliProcess.Tools(_folder, "timed-floor", "--read", _folder, "--plan", plan, "--out", existing);

        Assert.Equal(2, code);
        Assert.Contains("already exists", stderr);
        Assert.Equal("keep", File.ReadAllText(Path.Combine(existing, "keep.txt")));
    }

    [Fact]
    public void TimedFloor_ReadAndPlan_PrintsTimeAndBytes()
    {
        var input = Path.Combine(_folder, "in");
        Directory.CreateDirectory(input);
        File.WriteAllBytes(Path.Combine(input, "a.yaml"), new byte[1000]);
        var plan = Path.Combine(_folder, "floor.plan");
        IoFloor.WritePlan(plan, [new FloorFile("x/index.html", 250), new FloorFile("y.json", 50)]);
        var output = Path.Combine(_folder, "out");

        var (code, stdout, stderr) = CliProcess.Tools(_folder, "timed-floor", "--read", input, "--plan", plan, "--out", output);

        Assert.True(code == 0, stderr);
        var fields = stdout.Trim().Split('\t');
        Assert.Equal(["1000", "2", "300"], fields[1..]);
        Assert.Equal(250, new FileInfo(Path.Combine(output, "x", "index.html")).Length);
    }
}
