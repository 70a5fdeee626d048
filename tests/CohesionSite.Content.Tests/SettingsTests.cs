using CohesionSite.Core.Model;

namespace CohesionSite.Content.Tests;

/// <summary>statiq.json: Statiq key names, our own keys, and unknown keys reported with file:line:column.</summary>
public sealed class SettingsTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cohesion-settings", Guid.NewGuid().ToString("N"));

    public SettingsTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Load_ShippedSettings_ReadsStatiqAndOwnKeys()
    {
        var (settings, diagnostics) = SettingsLoader.Load(Path.Combine(Repo.Root, "statiq.json"));
        Assert.Empty(diagnostics);
        Assert.NotNull(settings);
        Assert.Equal("content", settings.ContentPath);
        Assert.Equal("/", settings.LinkRoot);
        // No site-wide reporting date: each strategy is judged at its own (issue 15).
        Assert.Null(settings.AsOf);
    }

    [Fact]
    public void Load_UnknownKey_ReportsFileLineColumnAndSuggestion()
    {
        var path = Path.Combine(_dir, "statiq.json");
        File.WriteAllText(path, "{\n  \"SiteTitle\": \"x\",\n  \"AsOf\": \"2010-04-01\",\n  \"OutputPth\": \"out\"\n}\n");
        var (settings, diagnostics) = SettingsLoader.Load(path);
        Assert.Null(settings);
        Assert.StartsWith("statiq.json:4:3: error: unknown field 'OutputPth' in site settings (did you mean 'OutputPath'?)", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void Load_BadLinkRoot_SaysWhatIsExpected()
    {
        var path = Path.Combine(_dir, "statiq.json");
        File.WriteAllText(path, "{ \"SiteTitle\": \"x\", \"AsOf\": \"2010\", \"LinkRoot\": \"sub\" }");
        var (_, diagnostics) = SettingsLoader.Load(path);
        Assert.Contains("'LinkRoot' is 'sub', which does not match the pattern", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void Load_LinkRootClimbingOut_IsRejected()
    {
        var path = Path.Combine(_dir, "statiq.json");
        File.WriteAllText(path, "{ \"SiteTitle\": \"x\", \"AsOf\": \"2010\", \"LinkRoot\": \"/../\" }");
        var (settings, diagnostics) = SettingsLoader.Load(path);
        Assert.Null(settings);
        Assert.Contains("'LinkRoot' is '/../', which does not match the pattern", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void Load_ShippedSettings_GiveTheWelshTitleAndKnownIssues()
    {
        var (settings, _) = SettingsLoader.Load(Path.Combine(Repo.Root, "statiq.json"));

        Assert.Equal(("Strategaethau cydlyniant cymunedol", true), settings!.TitleIn("cy"));
        Assert.Equal((settings.SiteTitle, false), settings.TitleIn("en"));
        Assert.Equal(settings.AccessibilityIssues.Count, settings.AccessibilityIssuesIn("cy").Count);
        Assert.NotEqual(settings.AccessibilityIssues[0].Text, settings.AccessibilityIssuesIn("cy")[0].Text);
    }

    [Theory]
    [InlineData("""[{ "Language": "en", "SiteTitle": "y" }]""", "statiq.json:1:147: error: Translations[0].Language is \"en\", the site's own language (en-GB)")]
    [InlineData("""[{ "Language": "cy", "SiteTitle": "y" }, { "Language": "cy" }]""", "statiq.json:1:187: error: Translations[1].Language \"cy\" is translated twice")]
    [InlineData("""[{ "Language": "cy", "AccessibilityIssues": [] }]""", "statiq.json:1:176: error: Translations[0].AccessibilityIssues has 0 item(s) but AccessibilityIssues has 1")]
    public void Load_BadTranslation_NamesFileLineColumnAndWhatIsExpected(string translations, string expected)
    {
        var path = Path.Combine(_dir, "statiq.json");
        File.WriteAllText(path, "{ \"SiteTitle\": \"x\", \"AccessibilityIssues\": [{ \"Criterion\": \"1.1.1 Non-text Content\", \"Level\": \"A\", \"Text\": \"t\" }], \"Translations\": " + translations + " }");
        var (settings, diagnostics) = SettingsLoader.Load(path);

        Assert.Null(settings);
        Assert.StartsWith(expected, Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void Find_FromNestedFolder_FindsTheRepositorySettings()
    {
        Assert.Equal(Path.Combine(Repo.Root, "statiq.json"), SettingsLoader.Find(Path.Combine(Repo.Root, "content", "walsall-2008")));
    }
}
