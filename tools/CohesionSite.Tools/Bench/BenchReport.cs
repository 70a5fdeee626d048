using System.Text.Json;
using System.Text.Json.Serialization;

namespace CohesionSite.Tools.Bench;

/// <summary>Min and median of repeated measurements (machines here are shared and noisy: the min is the best estimate, the median the typical run).</summary>
/// <param name="Min">Smallest value.</param>
/// <param name="Median">Median value.</param>
public sealed record Stat(double Min, double Median)
{
    /// <summary>Min and median of <paramref name="values"/> (0, 0 when empty).</summary>
    public static Stat Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new Stat(0, 0);
        }

        var mid = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        return new Stat(sorted[0], median);
    }
}

/// <summary>One tool's timed runs at one size.</summary>
/// <param name="Tool">cohesion or hugo.</param>
/// <param name="Pages">HTML pages the tool reported.</param>
/// <param name="OutputBytes">Bytes in the output folder after the last run.</param>
/// <param name="WallMs">Wall time of the whole process (start-up included).</param>
/// <param name="PeakMiB">Peak resident set.</param>
/// <param name="PagesPerSecond">Pages / wall time (min: from the median run; median … the min run is the best rate).</param>
public sealed record ToolResult(string Tool, int Pages, long OutputBytes, Stat WallMs, Stat PeakMiB, Stat PagesPerSecond);

/// <summary>Where our build's time went (from <c>timed-build</c>), min and median over the runs.</summary>
/// <param name="LoadMs">YAML loading.</param>
/// <param name="RulesMs">Gap rules (compile and run).</param>
/// <param name="RulesCompileMs">Compiling the rules catalogue.</param>
/// <param name="RulesRunMs">The rules stage on the generated content (facts and evaluation).</param>
/// <param name="PrepareMs">Site stages before rendering.</param>
/// <param name="RenderMs">Rendering.</param>
/// <param name="WriteMs">Writing.</param>
/// <param name="LinkCheckMs">Link check.</param>
/// <param name="InProcessMs">In-process total (no runtime start-up).</param>
public sealed record StageResult(Stat LoadMs, Stat RulesMs, Stat RulesCompileMs, Stat RulesRunMs, Stat PrepareMs, Stat RenderMs, Stat WriteMs, Stat LinkCheckMs, Stat InProcessMs);

/// <summary>Everything measured at one size.</summary>
/// <param name="TargetPages">The size asked for.</param>
/// <param name="Strategies">Strategies generated.</param>
/// <param name="Actions">Actions generated.</param>
/// <param name="Ours">Our build (null with <c>--no-build</c>).</param>
/// <param name="Stages">Our build, by stage (null with <c>--no-build</c>).</param>
/// <param name="Hugo">Hugo on the same pages, when run.</param>
/// <param name="TimeRatioMin">Our min wall time / Hugo's min.</param>
/// <param name="TimeRatioMedian">Our median wall time / Hugo's median.</param>
/// <param name="MemoryRatio">Our min peak memory / Hugo's min.</param>
public sealed record SizeResult(int TargetPages, int Strategies, int Actions, ToolResult? Ours, StageResult? Stages, ToolResult? Hugo, double? TimeRatioMin, double? TimeRatioMedian, double? MemoryRatio)
{
    /// <summary><c>check</c> (JSON report) and <c>validate</c> on the same content, each a cold process per run.</summary>
    public IReadOnlyList<CommandResult> Commands { get; init; } = [];

    /// <summary>The floor of our build at this size: the same content read and the same files written, no work (null with <c>--no-build</c>).</summary>
    public FloorResult? Floor { get; init; }

    /// <summary>Our build's wall time as a multiple of the floor's (min / min, median / median).</summary>
    public Stat? OursPerFloor => Ours is null ? null : FloorResult.Ratio(Ours.WallMs, Floor);
}

/// <summary>The whole bench run, as <c>--out</c> writes it.</summary>
/// <param name="Started">When the run started (UTC).</param>
/// <param name="Cores">Processor count.</param>
/// <param name="Repeat">Timed runs per tool and size (after one untimed warm-up run).</param>
/// <param name="HugoVersion">Hugo's version line, when Hugo ran.</param>
/// <param name="Sizes">Results per size.</param>
public sealed record BenchReport(DateTimeOffset Started, int Cores, int Repeat, string? HugoVersion, IReadOnlyList<SizeResult> Sizes)
{
    /// <summary>Sizes whose build failed (the error was printed); they have no row.</summary>
    public IReadOnlyList<int> FailedSizes { get; init; } = [];

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>The report as indented JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json) + "\n";
}
