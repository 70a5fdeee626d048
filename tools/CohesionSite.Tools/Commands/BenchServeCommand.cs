using System.CommandLine;
using System.Threading.Channels;
using CohesionSite.Cli;
using CohesionSite.Cli.Commands;
using CohesionSite.Preview;
using CohesionSite.Tools.Bench;

namespace CohesionSite.Tools.Commands;

/// <summary>
/// <c>bench-serve --edits N</c>: the preview's save-to-reload latency. Runs the preview engine
/// <c>cohesion serve</c> hosts (session, watcher, rebuild loop; no web server: the latency ends
/// where serve sends the reload message), edits one action N times and prints min, median and max.
/// </summary>
internal static class BenchServeCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var edits = new Option<int>("--edits") { Description = "Timed edits (after two warm-up edits)", DefaultValueFactory = _ => 15 };
        var command = new Command("bench-serve", "Benchmark the preview: edit one action N times and report save-to-reload latency") { config, edits };
        command.SetAction(parse => Run(parse.GetValue(config), parse.GetValue(edits)).GetAwaiter().GetResult());
        return command;
    }

    private static async Task<int> Run(string? config, int edits)
    {
        if (edits is < 1 or > 10_000)
        {
            Console.Error.WriteLine("error: --edits must be 1-10000");
            return ExitCodes.BadInput;
        }

        var ws = WorkspaceConsole.Open(config, null, null, Console.Error);
        if (ws is null)
        {
            return ExitCodes.BadInput;
        }

        var previewRoot = Path.Combine(Path.GetTempPath(), "cohesion-preview", $"{Environment.ProcessId}-{Guid.NewGuid():N}");
        using var session = new PreviewSession(ws, config, null, null, previewRoot, Console.Error);
        var reports = Channel.CreateUnbounded<RebuildReport>();
        var loop = new RebuildLoop(session, new ReloadHub(), Console.Out, Console.Error, report => reports.Writer.TryWrite(report));
        loop.Initial();
        using var stop = new CancellationTokenSource();
        using var watcher = new ContentWatcher([ws.ContentPath, .. ws.SharedFolders], [ws.ConfigPath]);
        var rebuilding = Task.Run(() => loop.Run(watcher.Batches(stop.Token)));
        var ok = await EditBenchmark.Run(session, reports.Reader, edits, Console.Out, stop.Token);
        await stop.CancelAsync();
        watcher.Dispose();
        await rebuilding;
        return ok ? ExitCodes.Ok : ExitCodes.BadInput;
    }
}
