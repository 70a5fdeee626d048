namespace CohesionSite.Tests;

/// <summary>
/// Where the real tools the outputs are checked with live: Debian packages on the PATH
/// (<c>soffice</c>, <c>yamllint</c>) and npm packages that <c>scripts/test.sh</c> installs into
/// <c>.tools/</c> (or <c>$COHESION_TOOLS</c>). A missing tool is a failure with a message, never a
/// skip: a check that silently does not run is worse than none.
/// </summary>
public static class RealTools
{
    /// <summary>The folder the npm tools are installed in.</summary>
    public static string NpmRoot => Environment.GetEnvironmentVariable("COHESION_TOOLS") is { Length: > 0 } root
        ? root
        : System.IO.Path.Combine(RepositoryRoot.Path, ".tools");

    /// <summary>An executable found on the PATH; throws when it is not installed.</summary>
    public static string OnPath(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = System.IO.Path.Combine(dir, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"'{name}' is not installed (not on PATH); scripts/test.sh installs it — run the tests through it");
    }

    /// <summary>A file inside the npm tools folder (<c>node_modules/...</c>); throws when it is missing.</summary>
    public static string Npm(string relative)
    {
        var path = System.IO.Path.Combine(NpmRoot, relative);
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"'{path}' is missing; scripts/test.sh installs the npm tools into {NpmRoot} — run the tests through it");
    }
}
