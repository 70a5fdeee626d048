using System.CommandLine;
using CohesionSite.Cli;
using CohesionSite.Cli.Commands;
using CohesionSite.Cli.Serve;

var root = new RootCommand("CohesionSite: community cohesion strategies as YAML, checked by gap rules and published as an accessible static site")
{
    ValidateCommand.Create(),
    ExportCommand.Create(),
    SchemaCommand.Create(),
    BuildCommand.Create(),
    CheckCommand.Create(),
    GenerateCommand.Create(),
    BenchCommand.Create(),
    ImportCommand.Create(),
    NewCommand.Create(),
    ServeCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    // A wrong command line is a usage error (2), like bad input, never "findings" (1).
    foreach (var e in parse.Errors)
    {
        Console.Error.WriteLine($"error: {e.Message}");
    }

    Console.Error.WriteLine("Run 'cohesion --help' for usage.");
    return ExitCodes.BadInput;
}

return parse.Invoke();
