using System.Globalization;
using System.Text.RegularExpressions;

namespace CohesionSite.Tools.Bench;

/// <summary>Finds the <c>hugo</c> command and runs a build with it. Installs nothing: when it is missing, says how to install it.</summary>
internal static partial class Hugo
{
    /// <summary>What to tell the user when hugo is not on the PATH.</summary>
    public const string Missing = "error: hugo is not installed (not on PATH); install it (e.g. `sudo apt-get install -y hugo` on Debian/Ubuntu, or a release from https://github.com/gohugoio/hugo/releases) and run bench --hugo again, or run bench without --hugo";

    /// <summary>The hugo executable on <paramref name="path"/> (default: the PATH), or null.</summary>
    public static string? OnPath(string? path = null) =>
        (path ?? Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "hugo"))
            .FirstOrDefault(File.Exists);

    /// <summary>hugo on the PATH; null, after saying how to install it, when it is missing.</summary>
    public static string? Find(TextWriter log, string? path = null)
    {
        if (OnPath(path) is { } found)
        {
            return found;
        }

        log.WriteLine(Missing);
        return null;
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
