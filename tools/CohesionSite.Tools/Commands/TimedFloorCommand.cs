using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CohesionSite.Cli;
using CohesionSite.Tools.Bench;

namespace CohesionSite.Tools.Commands;

/// <summary>
/// <c>timed-floor</c> (hidden): the floor of one bench run in a fresh process — every file of the
/// workspace read, then the planned files written, nothing in between — printing the in-process
/// milliseconds and the bytes read and written. <c>bench</c> starts one per timed run, like <c>timed-build</c>.
/// </summary>
internal static class TimedFloorCommand
{
    public static Command Create()
    {
        var read = new Option<string>("--read") { Description = "Folder whose every file is read (the generated workspace)", Required = true };
        var plan = new Option<string?>("--plan") { Description = "Files to write, as lines of 'bytes<TAB>relative path' (none: only the reads)" };
        var output = new Option<string?>("--out", "--output") { Description = "New folder the planned files are written into (must not exist yet)" };
        var command = new Command("timed-floor", "Read a folder and write planned files with no work in between: the machine's floor (for bench)") { read, plan, output };
        command.Hidden = true;
        command.SetAction(parse =>
        {
            try
            {
                var files = parse.GetValue(plan) is { } p ? IoFloor.ReadPlan(p) : [];
                var folder = parse.GetValue(output);
                if (files.Count > 0 && folder is null)
                {
                    Console.Error.WriteLine("error: --plan needs --out, the folder to write into");
                    return ExitCodes.BadInput;
                }

                // Only a folder this command makes: it never writes into (or over) one it did not create.
                if (folder is not null && (Directory.Exists(folder) || File.Exists(folder)))
                {
                    Console.Error.WriteLine($"error: {Path.GetFullPath(folder)} already exists; the floor writes only into a new folder");
                    return ExitCodes.BadInput;
                }

                var clock = Stopwatch.StartNew();
                var bytesRead = IoFloor.ReadAll(parse.GetValue(read)!);
                if (folder is not null)
                {
                    IoFloor.WriteAll(folder, files);
                }

                var written = files.Sum(f => f.Bytes);
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalMilliseconds:0.0}\t{bytesRead}\t{files.Count}\t{written}"));
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.BadInput;
            }
        });
        return command;
    }
}
