using CohesionSite.Core.Settings;

namespace CohesionSite.Core.Tests;

/// <summary>Site settings: the defaults statiq.json may leave out, and which LinkRoots are allowed.</summary>
public sealed class SiteSettingsTests
{
    [Theory]
    [InlineData("/", true)]
    [InlineData("/strategy/", true)]
    [InlineData("/a/b-c_d.e~/", true)]
    [InlineData("strategy/", false)]
    [InlineData("/strategy", false)]
    [InlineData("/../", false)]
    [InlineData("/a b/", false)]
    [InlineData("//", false)]
    [InlineData("", false)]
    public void IsValidLinkRoot_Prefix_StartsAndEndsWithSlashAndNeverClimbs(string linkRoot, bool valid) =>
        Assert.Equal(valid, SiteSettings.IsValidLinkRoot(linkRoot));

    [Fact]
    public void Defaults_OnlyATitle_GiveTheRepositoryLayout()
    {
        var settings = new SiteSettings { SiteTitle = "x" };
        Assert.Equal(("/", "output", "content", "rules", "en-GB", true), (settings.LinkRoot, settings.OutputPath, settings.ContentPath, settings.RulesPath, settings.Language, settings.LinksUseHttps));
        Assert.Null(settings.AsOf);
        Assert.Null(settings.TemplatesPath);
    }
}
