using System.CommandLine;
using System.Diagnostics;
using CohesionSite.Cli;
using CohesionSite.Content;
using CohesionSite.Site;
using CohesionSite.Site.Output;
using CohesionSite.Tools.Bench;
using CohesionSite.Workspace;

namespace CohesionSite.Tools.Commands;

/// <summary>
/// <c>timed-build</c> (hidden): the build <c>cohesion build</c> runs — the same workspace sequence,
/// staging and swap — in a fresh process, writing the step and stage times the sequence returns as
/// JSON. <c>bench</c> starts one per timed run.
/// </summary>
internal static class TimedBuildCommand
{
    public static Command Create()
    {
        var config = new Option<string>("--config") { Description = "The generated workspace's statiq.json", Required = true };
        var output = new Option<string>("--out", "--output") { Description = "Output folder", Required = true };
        var timings = new Option<string>("--timings-json") { Description = "Write the times, page counts and peak memory here", Required = true };
        var command = new Command("timed-build", "Build a workspace and write where the time went as JSON (for bench)") { config, output, timings };
        command.Hidden = true;
        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            var ws = WorkspaceConsole.Open(parse.GetValue(config), null, parse.GetValue(output), Console.Error);
            if (ws is null || !OutputSafety.Allows(ws.Guarded, ws.OutputPath, OutputKind.Site, force: false, Console.Error))
            {
                return ExitCodes.BadInput;
            }

            using var staging = OutputStaging.Begin(ws.OutputPath, ContentLoader.StrategyFolders(ws.ContentPath));
            var outcome = BuildSequence.Run(ws, ws.Settings, request => SiteBuilder.Build(request, staging), out _);
            if (!outcome.Success)
            {
                foreach (var line in outcome.ErrorLines)
                {
                    Console.Error.WriteLine(line);
                }

                return ExitCodes.BadInput;
            }

            BuildTimings.From(outcome, clock.Elapsed).Write(parse.GetValue(timings)!);
            return ExitCodes.Ok;
        });
        return command;
    }
}
