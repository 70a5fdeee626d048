using System.CommandLine;
using CohesionSite.Content;
using CohesionSite.Content.Schema;

namespace CohesionSite.Cli.Commands;

/// <summary><c>cohesion schema</c>: (re)writes the JSON Schemas generated from the model.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var output = CommonOptions.Out($"Folder to write the schemas to (default: {SchemaGenerator.Folder}/ beside statiq.json, found in the current folder or its parents)");
        var command = new Command("schema", "Write the JSON Schemas of every content file kind, statiq.json, the export, the rules files and the gap report") { output };
        command.SetAction(parse =>
        {
            // Like every other command, find the repository from statiq.json above, so running inside content/ does not make content/schemas/.
            var folder = parse.GetValue(output) ?? (SettingsLoader.Find(Directory.GetCurrentDirectory()) is { } settings
                ? Path.Combine(Path.GetDirectoryName(settings)!, SchemaGenerator.Folder)
                : SchemaGenerator.Folder);
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
