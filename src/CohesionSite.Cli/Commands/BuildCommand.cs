using System.CommandLine;
using CohesionSite.Content.Export;

namespace CohesionSite.Cli.Commands;

/// <summary>
/// <c>cohesion build</c>: validates and writes the output folder. Until the site pipeline lands it
/// writes the open-data export only; the command line stays the same.
/// </summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var content = CommonOptions.Content();
        var output = new Option<string?>("--output") { Description = "Output folder (default: OutputPath from statiq.json)" };
        var command = new Command("build", "Build the site from the content into the output folder") { config, content, output };
        command.SetAction(parse =>
        {
            var ws = Workspace.Open(parse.GetValue(config), parse.GetValue(content), parse.GetValue(output), Console.Error);
            if (ws is null)
            {
                return ExitCodes.BadInput;
            }

            var result = ws.Load([], Console.Error);
            if (result.HasErrors || result.Content is null)
            {
                Console.Error.WriteLine($"build failed; {ws.OutputPath} left as it was");
                return ExitCodes.BadInput;
            }

            OutputFolder.Replace(ws.OutputPath, temp =>
                AtomicFile.Write(Path.Combine(temp, "data", "model.json"), ModelExport.Write(result.Content)));
            Console.Out.WriteLine($"site written to {ws.OutputPath}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
