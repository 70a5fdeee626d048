using System.CommandLine;
using CohesionSite.Interchange.Import;

namespace CohesionSite.Cli.Commands;

/// <summary>
/// <c>cohesion import FILE --strategy ID</c>: a workbook (or CSV files) back into the strategy's
/// actions.yaml, indicators.yaml and (from a Translations sheet) translations/LANG.yaml, all or
/// nothing. Bad cells are printed as <c>file!Sheet!Cell: message</c> and nothing is written (exit 2).
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var content = CommonOptions.Content();
        var file = new Argument<string>("FILE") { Description = "An .xlsx workbook written by 'export --format xlsx', a CSV file or a folder of CSV files" };
        var strategy = new Option<string>("--strategy") { Description = "The strategy to import into", Required = true };
        var command = new Command("import", "Read a workbook or CSV files into a strategy's actions.yaml, indicators.yaml and translations (all or nothing)")
        {
            file, config, content, strategy,
        };
        command.SetAction(parse =>
        {
            var ws = WorkspaceConsole.Open(parse.GetValue(config), parse.GetValue(content), null, Console.Error);
            if (ws is null)
            {
                return ExitCodes.BadInput;
            }

            var source = parse.GetValue(file)!;
            if (!File.Exists(source) && !Directory.Exists(source))
            {
                Console.Error.WriteLine($"error: {source}: no such file or folder; give a workbook (.xlsx), a CSV file or a folder of CSV files written by 'cohesion export'");
                return ExitCodes.BadInput;
            }

            var result = PlanImport.Run(source, ws.ContentPath, parse.GetValue(strategy)!, ws.Display(ws.ContentPath));
            foreach (var e in result.CellErrors)
            {
                Console.Error.WriteLine(e.ToString());
            }

            WorkspaceConsole.Print(result.ContentErrors, Console.Error);
            foreach (var note in result.Notes)
            {
                Console.Error.WriteLine($"note: {note}");
            }

            if (result.Failed)
            {
                var count = result.CellErrors.Count + result.ContentErrors.Count(d => d.IsError);
                Console.Error.WriteLine(result.CellErrors.Count > 0
                    ? $"{count} bad cell{(count == 1 ? string.Empty : "s")}; nothing was written"
                    : "nothing was written");
                return ExitCodes.BadInput;
            }

            foreach (var line in result.Summary)
            {
                Console.Out.WriteLine(line);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
