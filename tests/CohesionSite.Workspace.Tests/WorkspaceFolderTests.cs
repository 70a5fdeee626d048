namespace CohesionSite.Workspace.Tests;

/// <summary>Opening a workspace: every path resolved in one place, every problem returned as data (nothing printed).</summary>
public sealed class WorkspaceFolderTests : IDisposable
{
    private readonly TempRepo _copy = new();

    public void Dispose() => _copy.Dispose();

    [Fact]
    public void Open_MissingSettingsFile_ReturnsTheErrorAsData()
    {
        var opening = WorkspaceFolder.Open(_copy["nowhere/statiq.json"], null, null);
        Assert.Null(opening.Folder);
        Assert.Contains("settings file not found", opening.Error);
    }

    [Fact]
    public void Open_UnknownSettingsKey_ReturnsItsDiagnosticWithPosition()
    {
        File.WriteAllText(_copy["statiq.json"], "{\n  \"SiteTitle\": \"x\",\n  \"Hots\": \"x\"\n}\n");
        var opening = WorkspaceFolder.Open(_copy["statiq.json"], null, null);
        Assert.Null(opening.Folder);
        var d = Assert.Single(opening.Diagnostics, d => d.IsError);
        Assert.Equal((3, 3), (d.Mark.Line, d.Mark.Column));
        Assert.Contains("Hots", d.Message);
    }

    [Fact]
    public void Open_TemplatesAndRulesPaths_AreResolvedAgainstTheSettingsFolder()
    {
        File.WriteAllText(_copy["statiq.json"], "{ \"SiteTitle\": \"x\", \"RulesPath\": \"my-rules\", \"TemplatesPath\": \"theme\" }\n");
        var ws = _copy.Open();
        Assert.Equal(_copy["my-rules"], ws.RulesPath);
        Assert.Equal(_copy["theme"], ws.TemplatesPath);
        Assert.Equal([_copy["my-rules"], _copy["theme"]], ws.SharedFolders);
    }

    [Fact]
    public void Display_PathInsideAndOutside_IsRelativeOrAbsolute()
    {
        var ws = _copy.Open();
        Assert.Equal("content/walsall-2008", ws.Display(_copy["content/walsall-2008"]));
        Assert.Equal("/tmp", ws.Display("/tmp"));
    }
}
