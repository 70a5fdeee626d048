using System.CommandLine;
using CohesionSite.Content.Export;

namespace CohesionSite.Cli.Commands;

/// <summary><c>cohesion export</c>: the whole resolved model as one JSON document (open data).</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var content = CommonOptions.Content();
        var strategy = CommonOptions.Strategy();
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output" };
        var command = new Command("export", "Write the whole loaded, resolved model as one JSON document")
        {
            config, content, strategy, output,
        };
        command.SetAction(parse =>
        {
            var ws = Workspace.Open(parse.GetValue(config), parse.GetValue(content), null, Console.Error);
            if (ws is null)
            {
                return ExitCodes.BadInput;
            }

            var result = ws.Load(parse.GetValue(strategy) ?? [], Console.Error);
            if (result.HasErrors || result.Content is null)
            {
                return ExitCodes.BadInput;
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
