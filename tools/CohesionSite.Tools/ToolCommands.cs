using System.CommandLine;
using CohesionSite.Tools.Commands;

namespace CohesionSite.Tools;

/// <summary>The developer commands, run as <c>./cohesion generate|bench</c> from a clone (the launcher dispatches here).</summary>
internal static class ToolCommands
{
    /// <summary>Every tools command; the timed build and the edit benchmark are what <c>bench</c> and <c>scripts/bench-serve.sh</c> run.</summary>
    public static RootCommand Root() => new("CohesionSite developer tools: synthetic content and the build benchmark (not part of the packed tool)")
    {
        GenerateCommand.Create(),
        BenchCommand.Create(),
        BenchServeCommand.Create(),
        TimedBuildCommand.Create(),
        TimedFloorCommand.Create(),
    };
}
