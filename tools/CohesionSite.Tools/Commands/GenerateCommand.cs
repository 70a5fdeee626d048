using System.CommandLine;
using CohesionSite.Cli;
using CohesionSite.Cli.Commands;
using CohesionSite.Site.Output;
using CohesionSite.Tools.Bench;

namespace CohesionSite.Tools.Commands;

/// <summary>
/// <c>cohesion generate</c>: writes a synthetic workspace (statiq.json + content/) for the rules
/// benchmark. Its statiq.json points RulesPath at this repository's rules, so
/// <c>cohesion check --config OUT/statiq.json</c> runs the real catalogue.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var strategies = new Option<int>("--strategies") { Description = "Number of strategies", DefaultValueFactory = _ => 10 };
        var actions = new Option<int>("--actions-per-strategy") { Description = "Actions per strategy", DefaultValueFactory = _ => 100 };
        var seed = new Option<int>("--seed") { Description = "Random seed (the same seed writes the same files)", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out", "--output") { Description = "Folder to write: missing, empty, or an earlier generate's output (replaced as a whole)", Required = true };
        var force = CommonOptions.Force();
        var rules = new Option<string?>("--rules") { Description = "Rules folder the generated statiq.json names (default: this repository's rules/)" };
        var command = new Command("generate", "Write synthetic content with a realistic share of gaps, for the rules benchmark")
        {
            strategies, actions, seed, output, force, rules,
        };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(strategies);
            var m = parse.GetValue(actions);
            if (n is < 1 or > 10_000 || m is < 0 or > 1_000_000)
            {
                Console.Error.WriteLine("error: --strategies must be 1-10000 and --actions-per-strategy 0-1000000");
                return ExitCodes.BadInput;
            }

            var outPath = Path.GetFullPath(parse.GetValue(output)!);
            // Run inside a repository, its content, rules and .git are off limits: found once, from
            // statiq.json above, and guarded even when that file does not load.
            var config = Content.SettingsLoader.Find(Directory.GetCurrentDirectory());
            var repository = config is null ? null : Path.GetDirectoryName(config)!;
            var guarded = config is null ? []
                : CohesionSite.Workspace.WorkspaceFolder.Open(config, null, null).Folder is { } ws ? ws.Guarded
                : OutputGuard.ForRepository(repository!, Path.Combine(repository!, "content"), Path.Combine(repository!, "rules"));
            if (!OutputSafety.Allows(guarded, outPath, OutputKind.Generated, parse.GetValue(force), Console.Error))
            {
                return ExitCodes.BadInput;
            }

            var rulesPath = parse.GetValue(rules) ?? (repository is null ? "rules" : Path.Combine(repository, "rules"));
            OutputFolder.Replace(outPath, OutputKind.Generated, temp =>
            {
                SyntheticWorkspace.Write(temp, n, m, parse.GetValue(seed), rulesPath);
                return true;
            });
            Console.Out.WriteLine($"wrote {n} strategies × {m} actions to {outPath}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
