using System.Globalization;
using System.Text.RegularExpressions;

namespace CohesionSite.Cli.Bench;

/// <summary>Finds (or installs, as root, with Debian's package) the <c>hugo</c> command and runs a build with it.</summary>
internal static partial class Hugo
{
    /// <summary>The hugo executable on PATH, or null.</summary>
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "hugo"))
            .FirstOrDefault(File.Exists);

    /// <summary>hugo, installing Debian's package when it is missing and we are root; null (with a message) when neither works.</summary>
    public static string? FindOrInstall(TextWriter log)
    {
        if (Find() is { } found)
        {
            return found;
        }

        if (!string.Equals(Environment.UserName, "root", StringComparison.Ordinal))
        {
            log.WriteLine("error: hugo is not installed; install it with `sudo apt-get install -y hugo`");
            return null;
        }

        log.WriteLine("installing hugo (apt-get install -y hugo) ...");
        var install = ChildRun.Run("/bin/sh", ["-c", "apt-get install -y -qq hugo || (apt-get update -qq && apt-get install -y -qq hugo)"], Environment.CurrentDirectory);
        if (install.ExitCode != 0)
        {
            log.WriteLine($"error: apt-get could not install hugo: {install.Stderr.Trim()}");
        }

        return Find();
    }

    /// <summary>The version line (<c>hugo v0.111.3 …</c>).</summary>
    public static string Version(string hugo) => ChildRun.Run(hugo, ["version"], Environment.CurrentDirectory).Stdout.Trim();

    /// <summary>Builds <paramref name="site"/> into <paramref name="destination"/> (which the caller emptied, untimed).</summary>
    public static ChildRun Build(string hugo, string site, string destination) =>
        ChildRun.Run(hugo, ["--source", site, "--destination", destination, "--cacheDir", Path.Combine(site, ".cache")], site);

    /// <summary>The page count Hugo reports in its build summary (<c>Pages | 1012</c>), or 0.</summary>
    public static int Pages(string stdout)
    {
        var m = PagesRegex().Match(stdout);
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
    }

    [GeneratedRegex("^\\s*Pages\\s*\\|\\s*(\\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesRegex();
}
