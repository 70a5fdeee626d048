namespace CohesionSite.Workspace.Tests;

/// <summary>Opening a workspace: every path resolved in one place, every problem returned as data (nothing printed).</summary>
public sealed class WorkspaceFolderTests : IDisposable
{
    private readonly WorkspaceCopy _copy = new();

    public void Dispose() => _copy.Dispose();

    [Fact]
    public void Open_MissingSettingsFile_ReturnsTheErrorAsData()
    {
        var opening = WorkspaceFolder.Open(_copy.PathOf("nowhere/statiq.json"), null, null);
        Assert.Null(opening.Folder);
        Assert.Contains("settings file not found", opening.Error);
    }

    [Fact]
    public void Open_UnknownSettingsKey_ReturnsItsDiagnosticWithPosition()
    {
        File.WriteAllText(_copy.Config, "{\n  \"SiteTitle\": \"x\",\n  \"Hots\": \"x\"\n}\n");
        var opening = WorkspaceFolder.Open(_copy.Config, null, null);
        Assert.Null(opening.Folder);
        var d = Assert.Single(opening.Diagnostics, d => d.IsError);
        Assert.Equal((3, 3), (d.Mark.Line, d.Mark.Column));
        Assert.Contains("Hots", d.Message);
    }

    [Fact]
    public void Open_TemplatesAndRulesPaths_AreResolvedAgainstTheSettingsFolder()
    {
        File.WriteAllText(_copy.Config, "{ \"SiteTitle\": \"x\", \"RulesPath\": \"my-rules\", \"TemplatesPath\": \"theme\" }\n");
        var ws = _copy.Open();
        Assert.Equal(_copy.PathOf("my-rules"), ws.RulesPath);
        Assert.Equal(_copy.PathOf("theme"), ws.TemplatesPath);
        Assert.Equal([_copy.PathOf("my-rules"), _copy.PathOf("theme")], ws.SharedFolders);
    }

    [Fact]
    public void Display_PathInsideAndOutside_IsRelativeOrAbsolute()
    {
        var ws = _copy.Open();
        Assert.Equal("content/walsall-2008", ws.Display(_copy.PathOf("content/walsall-2008")));
        Assert.Equal("/tmp", ws.Display("/tmp"));
    }
}
