using System.Text.RegularExpressions;
using System.Threading.Channels;
using CohesionSite.Preview;

namespace CohesionSite.Tools.Bench;

/// <summary>
/// <c>bench-serve --edits N</c>: edits one action's text in the first strategy N times (after two
/// warm-up edits), waits for each rebuild, and reports the save-to-reload latency (min, median, max).
/// The file is restored at the end.
/// </summary>
internal static partial class EditBenchmark
{
    private const int WarmUp = 2;

    /// <summary>Runs the edits; returns false when there is no file to edit.</summary>
    public static async Task<bool> Run(PreviewSession session, ChannelReader<RebuildReport> reports, int edits, TextWriter output, CancellationToken cancel)
    {
        var first = session.Site?.Content.Strategies.FirstOrDefault(s => s.Actions.Count > 0);
        if (first is null)
        {
            output.WriteLine("bench: no strategy with actions to edit");
            return false;
        }

        var file = Path.Combine(session.Workspace.ContentPath, first.Id, "actions.yaml");
        var original = await File.ReadAllTextAsync(file, cancel);
        if (!TextLine().IsMatch(original))
        {
            output.WriteLine($"bench: no 'text:' line in {file}");
            return false;
        }

        var latencies = new List<double>();
        try
        {
            for (var i = 0; i < edits + WarmUp; i++)
            {
                var edited = TextLine().Replace(original, m => $"{m.Groups[1].Value}text: \"Benchmark edit {i}\"", 1);
                await File.WriteAllTextAsync(file, edited, cancel);
                var report = await reports.ReadAsync(cancel);
                if (i >= WarmUp)
                {
                    latencies.Add(report.LatencyMs);
                }

                // Let the watcher settle so the next edit is a batch of its own.
                await Task.Delay(100, cancel);
            }
        }
        finally
        {
            await File.WriteAllTextAsync(file, original, CancellationToken.None);
        }

        latencies.Sort();
        var median = latencies.Count % 2 == 1 ? latencies[latencies.Count / 2] : (latencies[latencies.Count / 2 - 1] + latencies[latencies.Count / 2]) / 2;
        output.WriteLine($"bench: {session.Site!.Destinations.Count(d => d.EndsWith(".html", StringComparison.Ordinal))} pages, {latencies.Count} edits of {session.Workspace.Display(file)}: "
            + $"save to reload min {latencies[0]:0.0} ms, median {median:0.0} ms, max {latencies[^1]:0.0} ms");
        return true;
    }

    [GeneratedRegex("^(\\s+)text: .*$", RegexOptions.Multiline)]
    private static partial Regex TextLine();
}
