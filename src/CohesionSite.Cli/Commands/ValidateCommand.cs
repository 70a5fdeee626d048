using System.CommandLine;
using System.Diagnostics;

namespace CohesionSite.Cli.Commands;

/// <summary><c>cohesion validate</c>: load everything and report every error; exit 0 clean, 2 on any error.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var content = CommonOptions.Content();
        var strategy = CommonOptions.Strategy();
        var command = new Command("validate", "Load the content, resolve every reference and report every error (file:line:column)")
        {
            config, content, strategy,
        };
        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            var ws = WorkspaceConsole.Open(parse.GetValue(config), parse.GetValue(content), null, Console.Error);
            if (ws is null)
            {
                return ExitCodes.BadInput;
            }

            var result = ws.Load(parse.GetValue(strategy) ?? []);
            WorkspaceConsole.Print(result.Diagnostics, Console.Error);
            if (result.HasErrors || result.Content is null)
            {
                // The count line above says how many; this one says what the exit code means.
                Console.Error.WriteLine("exit 2: the content has errors; fix them and run validate again");
                return ExitCodes.BadInput;
            }

            Console.Out.WriteLine($"valid: {ContentCensus.Strategies(result.Content.Strategies.Count)}, no errors, in {clock.ElapsedMilliseconds} ms");
            foreach (var line in ContentCensus.Lines(result.Content))
            {
                Console.Out.WriteLine(line);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
