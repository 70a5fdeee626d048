using System.CommandLine;
using CohesionSite.Content;
using CohesionSite.Content.Export;
using CohesionSite.Interchange.Csv;
using CohesionSite.Interchange.Xlsx;

namespace CohesionSite.Cli.Commands;

/// <summary>
/// <c>cohesion export</c>: the whole resolved model as one JSON document (open data), or with
/// <c>--format xlsx|csv --strategy ID</c> one strategy's action plan and indicators as a workbook
/// (or one CSV file per sheet) for editing in a spreadsheet and importing back.
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var content = CommonOptions.Content();
        var strategy = CommonOptions.Strategy();
        var output = CommonOptions.Out("Write to this file (json, xlsx) or folder (csv); json defaults to standard output, xlsx to ID.xlsx, csv to ID-csv/");
        var format = CommonOptions.Choice(
            "--format",
            "json (the whole model, the default), xlsx (one strategy's action plan and indicators as a workbook) or csv (the same, one file per sheet)",
            "json",
            "json", "xlsx", "csv");
        var command = new Command("export", "Write the whole model as JSON, or one strategy's action plan and indicators as a spreadsheet")
        {
            config, content, strategy, output, format,
        };
        command.SetAction(parse =>
        {
            var ws = WorkspaceConsole.Open(parse.GetValue(config), parse.GetValue(content), null, Console.Error);
            if (ws is null)
            {
                return ExitCodes.BadInput;
            }

            var ids = parse.GetValue(strategy) ?? [];
            var kind = parse.GetValue(format)!;
            if (kind != "json" && ids.Length != 1)
            {
                Console.Error.WriteLine($"error: --format {kind} exports one strategy; pass exactly one --strategy ID");
                return ExitCodes.BadInput;
            }

            var result = ws.Load(ids);
            WorkspaceConsole.Print(result.Diagnostics, Console.Error);
            if (result.HasErrors || result.Content is null)
            {
                return ExitCodes.BadInput;
            }

            if (kind != "json")
            {
                var one = result.Content.StrategyById[ids[0]];
                if (kind == "xlsx")
                {
                    var file = Path.GetFullPath(parse.GetValue(output) ?? $"{one.Id}.xlsx");
                    // Through a temporary sibling, so a workbook open elsewhere is never half-written.
                    AtomicFile.Write(file, temp => WorkbookWriter.Write(one, temp));
                    Console.Error.WriteLine($"exported {one.Actions.Count} actions and {one.Indicators.Count} indicators of {one.Id} to {file}");
                }
                else
                {
                    var folder = Path.GetFullPath(parse.GetValue(output) ?? $"{one.Id}-csv");
                    var files = CsvExport.Write(one, folder);
                    Console.Error.WriteLine($"exported {one.Actions.Count} actions and {one.Indicators.Count} indicators of {one.Id} to {files.Count} CSV files in {folder}");
                }

                return ExitCodes.Ok;
            }

            var json = ModelExport.Write(result.Content);
            if (parse.GetValue(output) is { } path)
            {
                AtomicFile.Write(path, json);
                Console.Error.WriteLine($"exported {result.Content.Strategies.Count} strategies to {Path.GetFullPath(path)}");
            }
            else
            {
                Console.Out.Write(json);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
