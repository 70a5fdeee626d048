using CohesionSite.Cli;
using CohesionSite.Tools;

return CommandLine.Run(ToolCommands.Root(), "cohesion", args, Console.Out, Console.Error);
