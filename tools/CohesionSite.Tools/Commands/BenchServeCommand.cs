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

        var reports = Channel.CreateUnbounded<RebuildReport>();
        using var preview = new PreviewRun(ws, config, null, null, Console.Out, Console.Error, report => reports.Writer.TryWrite(report));
        preview.Start();
        var ok = await EditBenchmark.Run(preview.Session, reports.Reader, edits, Console.Out, CancellationToken.None);
        await preview.StopAsync();
        return ok ? ExitCodes.Ok : ExitCodes.BadInput;
    }
}
