namespace CohesionSite.Cli;

/// <summary>
/// Where the gap rules and site templates come from. A content repository may keep its own
/// (<c>RulesPath</c> from statiq.json, default <c>rules/</c>; <c>templates/</c> next to statiq.json);
/// when it has none, the ones shipped inside the tool are used (<c>defaults/rules</c> and
/// <c>defaults/templates</c> next to <c>cohesion.dll</c>, copied from this repository's
/// <c>rules/</c> and <c>templates/</c> at build and pack time). The repository's folder replaces the
/// built-in one as a whole, so what runs is always one coherent set.
/// </summary>
public static class DefaultsLocator
{
    /// <summary>The folder beside <c>cohesion.dll</c> that holds the built-in defaults.</summary>
    public const string Folder = "defaults";

    /// <summary>The rules folder to use for <paramref name="workspace"/>, or null when there is none anywhere.</summary>
    public static string? Rules(Workspace workspace) => Resolve(workspace.RulesPath, AppContext.BaseDirectory, "rules");

    /// <summary>The templates folder to use for <paramref name="workspace"/>, or null when there is none anywhere.</summary>
    public static string? Templates(Workspace workspace) => Resolve(Path.Combine(workspace.Root, "templates"), AppContext.BaseDirectory, "templates");

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
