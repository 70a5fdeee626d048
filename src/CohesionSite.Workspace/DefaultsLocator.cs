namespace CohesionSite.Workspace;

/// <summary>
/// Where the gap rules come from. A content repository may keep its own (<c>RulesPath</c> from
/// statiq.json, default <c>rules/</c>); when it has none, the rules shipped inside the tool are used
/// (<c>defaults/rules</c> next to <c>cohesion.dll</c>, copied from this repository's <c>rules/</c> at
/// build and pack time). The repository's folder replaces the built-in one as a whole, so what runs
/// is always one coherent set. (Site templates need no locator: they are embedded in the Site
/// assembly, and <c>TemplatesPath</c> overrides them one by one.)
/// </summary>
public static class DefaultsLocator
{
    /// <summary>The folder beside <c>cohesion.dll</c> that holds the built-in defaults.</summary>
    public const string Folder = "defaults";

    /// <summary>
    /// <paramref name="repositoryFolder"/> when it exists, else <c>{toolFolder}/defaults/{kind}</c> when that exists, else null.
    /// </summary>
    public static string? Resolve(string repositoryFolder, string toolFolder, string kind)
    {
        if (Directory.Exists(repositoryFolder))
        {
            return Path.GetFullPath(repositoryFolder);
        }

        var builtIn = Path.Combine(toolFolder, Folder, kind);
        return Directory.Exists(builtIn) ? Path.GetFullPath(builtIn) : null;
    }
}
