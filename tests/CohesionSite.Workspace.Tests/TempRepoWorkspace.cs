namespace CohesionSite.Workspace.Tests;

/// <summary>A repository copy opened as a workspace.</summary>
internal static class TempRepoWorkspace
{
    /// <summary>The copy's workspace; throws when its statiq.json does not open (a test that breaks it opens it itself).</summary>
    public static WorkspaceFolder Open(this TempRepo repo) =>
        WorkspaceFolder.Open(repo["statiq.json"], null, null).Folder ?? throw new InvalidOperationException("the copy did not open");
}
