using System.CommandLine;
using CohesionSite.Content;
using CohesionSite.Content.Schema;

namespace CohesionSite.Cli.Commands;

/// <summary><c>cohesion schema</c>: (re)writes the JSON Schemas generated from the model.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Folder to write the schemas to", DefaultValueFactory = _ => SchemaGenerator.Folder };
        var command = new Command("schema", "Write the JSON Schemas of every content file kind, statiq.json, the export, the rules files and the gap report") { output };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(output)!;
            Directory.CreateDirectory(folder);
            var all = SchemaCatalog.All();
            foreach (var (name, json) in all)
            {
                AtomicFile.Write(Path.Combine(folder, name), json);
            }

            Console.Out.WriteLine($"wrote {all.Count} schemas to {Path.GetFullPath(folder)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
