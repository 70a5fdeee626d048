using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using CohesionSite.Workspace;

namespace CohesionSite.Tools.Bench;

/// <summary>
/// What one build spent where, as <c>timed-build</c> writes it for <c>bench</c> (from the times the workspace sequence returns).
/// Render and write run fused in one parallel pass; their wall times are that pass split by each
/// stage's share of the summed thread time.
/// </summary>
/// <param name="LoadMs">Reading and binding the YAML (the content loader).</param>
/// <param name="RulesMs">Loading the rules and running them (the gap report).</param>
/// <param name="RulesCompileMs">Reading, checking and compiling the rules catalogue (part of <paramref name="RulesMs"/>).</param>
/// <param name="RulesRunMs">The rules stage on the content: facts and evaluation (the rest of <paramref name="RulesMs"/>).</param>
/// <param name="PrepareMs">Site stages before rendering: model, pages, data, assets, search index, sitemap, templates.</param>
/// <param name="RenderMs">Rendering pages (share of the fused render+write pass).</param>
/// <param name="WriteMs">Writing files (share of the fused render+write pass).</param>
/// <param name="LinkCheckMs">The link check.</param>
/// <param name="SwapMs">Swapping the new output folder in.</param>
/// <param name="TotalMs">Inside the process, from the command's start to the site in place (no runtime start-up).</param>
/// <param name="Pages">HTML pages written.</param>
/// <param name="Files">Files written.</param>
/// <param name="Bytes">Bytes written.</param>
/// <param name="PeakWorkingSetBytes">The process's peak resident set (VmHWM) when the build finished.</param>
/// <param name="Stages">Wall time of every pipeline stage, in run order.</param>
public sealed record BuildTimings(
    double LoadMs, double RulesMs, double RulesCompileMs, double RulesRunMs, double PrepareMs, double RenderMs, double WriteMs, double LinkCheckMs, double SwapMs, double TotalMs,
    int Pages, int Files, long Bytes, long PeakWorkingSetBytes, IReadOnlyDictionary<string, double> Stages)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>Summarises a finished build.</summary>
    public static BuildTimings From(BuildOutcome outcome, TimeSpan total)
    {
        var built = outcome.Site ?? throw new ArgumentException("the build did not reach the site step", nameof(outcome));
        var times = outcome.Times;
        var stages = built.Timings.ToDictionary(t => t.Stage, t => t.Elapsed.TotalMilliseconds, StringComparer.Ordinal);
        var fused = built.Timings.FirstOrDefault(t => t.Stage.Contains("render", StringComparison.Ordinal)).Elapsed.TotalMilliseconds;
        var render = built.Work.GetValueOrDefault("render").TotalMilliseconds;
        var write = built.Work.GetValueOrDefault("write").TotalMilliseconds;
        var share = render + write > 0 ? render / (render + write) : 1;
        var linkCheck = stages.GetValueOrDefault("link-check");
        var pipeline = built.Timings.Sum(t => t.Elapsed.TotalMilliseconds);
        return new BuildTimings(
            times.Load.TotalMilliseconds,
            times.Rules.TotalMilliseconds,
            times.RulesCompile.TotalMilliseconds,
            times.RulesRun.TotalMilliseconds,
            pipeline - fused - linkCheck,
            fused * share,
            fused * (1 - share),
            linkCheck,
            Math.Max(0, times.Site.TotalMilliseconds - pipeline),
            total.TotalMilliseconds,
            built.Pages,
            built.Files,
            built.Bytes,
            Process.GetCurrentProcess().PeakWorkingSet64,
            stages);
    }

    /// <summary>Writes the timings as JSON.</summary>
    public void Write(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json));

    /// <summary>Reads timings written by <see cref="Write"/>.</summary>
    public static BuildTimings Read(string path) =>
        JsonSerializer.Deserialize<BuildTimings>(File.ReadAllText(path), Json) ?? throw new FormatException($"{path}: empty timings");
}
