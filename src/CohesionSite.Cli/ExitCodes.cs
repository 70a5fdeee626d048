namespace CohesionSite.Cli;

/// <summary>The command's exit codes, the same for every subcommand.</summary>
public static class ExitCodes
{
    /// <summary>Nothing at or above the fail level.</summary>
    public const int Ok = 0;

    /// <summary>Findings at or above the fail level.</summary>
    public const int Findings = 1;

    /// <summary>The input or the command line is wrong.</summary>
    public const int BadInput = 2;
}
