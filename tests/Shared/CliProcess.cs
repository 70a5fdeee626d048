using System.Diagnostics;

namespace CohesionSite.Tests;

/// <summary>Runs programs (the built cohesion.dll above all) as a user would, collecting exit code and output. Shared by every test project.</summary>
public static class CliProcess
{
    /// <summary>Runs the built <c>cohesion.dll</c> (copied beside the test binaries) in <paramref name="workingDirectory"/>.</summary>
    public static (int Code, string Stdout, string Stderr) Run(string workingDirectory, params string[] args) =>
        Process(workingDirectory, "dotnet", [Path.Combine(AppContext.BaseDirectory, "cohesion.dll"), .. args]);

    /// <summary>Runs the built developer tools, <c>cohesion-tools.dll</c> (<c>generate</c>, <c>bench</c>; copied beside the test binaries of projects that reference them).</summary>
    public static (int Code, string Stdout, string Stderr) Tools(string workingDirectory, params string[] args) =>
        Process(workingDirectory, "dotnet", [Path.Combine(AppContext.BaseDirectory, "cohesion-tools.dll"), .. args]);

    /// <summary>Runs a program and collects its output.</summary>
    public static (int Code, string Stdout, string Stderr) Process(string workingDirectory, string program, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var psi = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            psi.Environment[key] = value;
        }

        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var process = System.Diagnostics.Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
