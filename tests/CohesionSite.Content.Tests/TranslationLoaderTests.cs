using CohesionSite.Core.Model;

namespace CohesionSite.Content.Tests;

/// <summary>A strategy's languages and its translations/LANG.yaml files, as the loader reads them.</summary>
public sealed class TranslationLoaderTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private void Bilingual() => _content.Write("demo/strategy.yaml", TempContent.Strategy.Replace("area: Demo\n", "area: Demo\nlanguages: [en, cy]\n", StringComparison.Ordinal));

    [Fact]
    public void Load_WelshTranslation_IsOnTheStrategyWithItsMarks()
    {
        Bilingual();
        _content.Write("demo/translations/cy.yaml", """
            language: cy
            texts:
              - field: strategy/title
                text: Strategaeth enghreifftiol
                from: Demo strategy
              - field: priority/1/title
                text: Pobl
            """);
        var result = _content.Load();
        Assert.Empty(result.Diagnostics);
        var strategy = Assert.Single(result.Content!.Strategies);
        Assert.Equal(["en", "cy"], strategy.Strategy.Languages);
        var file = Assert.Single(strategy.Translations);
        Assert.Equal("cy", file.Language);
        Assert.Equal(["strategy/title", "priority/1/title"], file.Texts.Select(t => t.Field));
        Assert.Equal("Demo strategy", file.Texts[0].From);
        Assert.Equal(new SourceMark("content/demo/translations/cy.yaml", 6, 5), file.Texts[1].Mark);
    }

    [Fact]
    public void Load_FileNamedForAnotherLanguage_NamesTheLanguageLine()
    {
        Bilingual();
        _content.Write("demo/translations/cy.yaml", "language: en\ntexts: []\n");
        Assert.Equal(
            "content/demo/translations/cy.yaml:1:11: error: 'language' is 'en' in a file named cy.yaml; expected 'cy' (a translation file is named after its language)",
            Assert.Single(_content.Messages()));
    }

    [Fact]
    public void Load_UnsupportedLanguage_SaysWhichAreSupported()
    {
        _content.Write("demo/strategy.yaml", TempContent.Strategy.Replace("area: Demo\n", "area: Demo\nlanguages: [en, fr]\n", StringComparison.Ordinal));
        var message = Assert.Single(_content.Messages());
        Assert.StartsWith("content/demo/strategy.yaml:5:17: error:", message, StringComparison.Ordinal);
        Assert.Contains("'fr'", message, StringComparison.Ordinal);
        Assert.Contains("en|cy", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OtherFileInTranslations_IsAnUnknownFile()
    {
        Bilingual();
        _content.Write("demo/translations/cy.txt", "Strategaeth");
        var message = Assert.Single(_content.Messages());
        Assert.Equal("content/demo/translations/cy.txt:1:1: error: unknown file 'cy.txt' in translations/; expected one LANG.yaml per language (cy.yaml)", message);
    }

    [Fact]
    public void Load_EntryWithoutText_IsAnErrorAtTheEntry()
    {
        Bilingual();
        _content.Write("demo/translations/cy.yaml", "language: cy\ntexts:\n  - field: strategy/title\n");
        var message = Assert.Single(_content.Messages());
        Assert.StartsWith("content/demo/translations/cy.yaml:3:5: error:", message, StringComparison.Ordinal);
        Assert.Contains("text", message, StringComparison.Ordinal);
    }
}
