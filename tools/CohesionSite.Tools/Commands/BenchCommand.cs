using System.CommandLine;
using System.Globalization;
using CohesionSite.Tools.Bench;
using CohesionSite.Cli;
using CohesionSite.Cli.Commands;
using CohesionSite.Content;

namespace CohesionSite.Tools.Commands;

/// <summary>
/// <c>cohesion bench</c>: generates content for each page count, times the site build (and,
/// with <c>--hugo</c>, Hugo on the same pages) in fresh processes, prints a table and writes JSON.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var sizes = new Option<string>("--sizes") { Description = "Comma-separated page counts", DefaultValueFactory = _ => "1000,10000,50000" };
        var repeat = new Option<int>("--repeat") { Description = "Timed runs per tool and size (after one warm-up run)", DefaultValueFactory = _ => 3 };
        var hugo = new Option<bool>("--hugo") { Description = "Also build the same pages with Hugo (hugo must be on the PATH; bench says how to install it when it is not)" };
        var output = CommonOptions.Out("Write the results as JSON to this file");
        var work = new Option<string?>("--work") { Description = "Scratch folder (default: a new folder under the system temp folder; removed afterwards)" };
        var actions = new Option<int>("--actions-per-strategy") { Description = "Actions in each generated strategy", DefaultValueFactory = _ => 20 };
        var seed = new Option<int>("--seed") { Description = "Generator seed", DefaultValueFactory = _ => 1 };
        var keep = new Option<bool>("--keep") { Description = "Keep the scratch folder (generated content, our site, the Hugo site)" };
        var noBuild = new Option<bool>("--no-build") { Description = "Time only check and validate on the generated content (no site build, no Hugo), e.g. --sizes 605 --actions-per-strategy 1000 for 100 strategies × 1,000 actions" };
        var command = new Command("bench", "Benchmark the site build at several sizes (optionally against Hugo), and check and validate on the same content: prints the tables and writes JSON")
        {
            sizes, repeat, hugo, output, work, actions, seed, keep, noBuild,
        };
        command.SetAction(parse =>
        {
            var parsed = ParseSizes(parse.GetValue(sizes)!);
            var n = parse.GetValue(repeat);
            var m = parse.GetValue(actions);
            if (parsed is null || n is < 1 or > 100 || m is < 0 or > 100_000)
            {
                Console.Error.WriteLine("error: --sizes must be page counts 1-200000 separated by commas, --repeat 1-100, --actions-per-strategy 0-100000");
                return ExitCodes.BadInput;
            }

            var folder = Path.GetFullPath(parse.GetValue(work) ?? Path.Combine(Path.GetTempPath(), $"cohesion-bench-{Environment.ProcessId}"));
            var report = BenchRunner.Run(new BenchOptions(parsed, n, parse.GetValue(hugo), folder, m, parse.GetValue(seed), parse.GetValue(keep), parse.GetValue(noBuild)), Console.Error);
            if (report is null)
            {
                return ExitCodes.BadInput;
            }

            BenchTable.Write(report, Console.Out);
            if (parse.GetValue(output) is { } path)
            {
                AtomicFile.Write(path, report.ToJson());
                Console.Error.WriteLine($"bench results written to {Path.GetFullPath(path)}");
            }

            if (report.FailedSizes.Count > 0)
            {
                Console.Error.WriteLine($"error: the build failed at {string.Join(", ", report.FailedSizes)} pages (see above)");
                return ExitCodes.BadInput;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static int[]? ParseSizes(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var sizes = new List<int>();
        foreach (var p in parts)
        {
            if (!int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var v) || v is < 1 or > 200_000)
            {
                return null;
            }

            sizes.Add(v);
        }

        return sizes.Count == 0 ? null : [.. sizes];
    }
}
