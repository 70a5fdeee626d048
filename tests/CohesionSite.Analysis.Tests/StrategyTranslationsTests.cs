using CohesionSite.Content;
using CohesionSite.Core.Model;

namespace CohesionSite.Analysis.Tests;

/// <summary>The translatable fields of a strategy and how far a translation covers them.</summary>
public sealed class StrategyTranslationsTests : IDisposable
{
    private const string S = "demo/strategy.yaml";
    private const string Cy = "demo/translations/cy.yaml";
    private readonly MatrixStrategy _strategy = new();

    public void Dispose() => _strategy.Dispose();

    private MatrixStrategy Bilingual() => _strategy.Edit(S, "area: Demo\n", "area: Demo\nlanguages: [en, cy]\n");

    [Fact]
    public void Of_ShippedContent_KeysAreUniqueAndNameEveryTitle()
    {
        var loaded = ContentLoader.Load(Path.Combine(CohesionSite.Tests.RepositoryRoot.Path, "content"));
        Assert.NotNull(loaded.Content);
        foreach (var s in loaded.Content.Strategies)
        {
            var fields = TranslatableFields.Of(s);
            var repeated = fields.GroupBy(f => f.Key).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
            Assert.True(repeated.Length == 0, $"{s.Id}: {string.Join(", ", repeated)}");
            Assert.Contains(fields, f => f.Key == "strategy/title" && f.Text == s.Strategy.Title);
            Assert.All(s.AllPriorities, p => Assert.Contains(fields, f => f.Key == $"priority/{p.Id}/title" && f.Text == p.Title));
            Assert.All(s.Actions, a => Assert.Contains(fields, f => f.Key == $"action/{a.Id}/text" && f.Text == a.Text));
            // Every field points at its own text in its file.
            Assert.All(fields, f => Assert.StartsWith($"content/{s.Id}/", f.Mark.File, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Of_MilestonesAndSections_AreAddressedUnderTheirOwner()
    {
        var keys = TranslatableFields.Of(_strategy.Analyse().Content).Select(f => f.Key).ToArray();

        Assert.Contains("strategy/title", keys);
        Assert.Contains("principle/p1/title", keys);
        Assert.Contains("strategy/matrix/title", keys);
        // The partnership and the area have names of their own in Welsh (Cyngor Bwrdeistref Sirol Wrecsam).
        Assert.Contains("strategy/partnership", keys);
        Assert.Contains("strategy/area", keys);
        // Ids, references and source locators are not text to translate.
        Assert.DoesNotContain(keys, k => k.EndsWith("/id", StringComparison.Ordinal) || k.Contains("/partners/", StringComparison.Ordinal) || k.EndsWith("/seed", StringComparison.Ordinal));
    }

    [Fact]
    public void Translate_SomeFields_CopiesWithTheTranslationAndLeavesTheOriginal()
    {
        var content = _strategy.Analyse().Content;
        var welsh = new Dictionary<string, string> { ["strategy/title"] = "Strategaeth enghreifftiol", ["principle/p1/title"] = "Pobl ifanc yn gyntaf" };

        var translated = TranslatableFields.Translate(content, f => welsh.GetValueOrDefault(f.Key));

        Assert.Equal("Strategaeth enghreifftiol", translated.Strategy.Title);
        Assert.Equal("Pobl ifanc yn gyntaf", translated.Strategy.Principles[0].Title);
        Assert.Equal("Demo strategy", content.Strategy.Title);
        Assert.Equal("Young people first", content.Strategy.Principles[0].Title);
        // Ids, references and marks are the original's; what no translation touched is shared.
        Assert.Equal(content.Strategy.Principles[0].Outcomes, translated.Strategy.Principles[0].Outcomes);
        Assert.Equal(content.Strategy.Principles[0].Mark, translated.Strategy.Principles[0].Mark);
        Assert.Same(content.Outcomes[0], translated.Outcomes[0]);
        Assert.Equal(TranslatableFields.Of(content).Select(f => f.Key), TranslatableFields.Of(translated).Select(f => f.Key));
    }

    [Fact]
    public void Translations_OneLanguageStrategy_HasNoneAndWalksNothing()
    {
        var translations = _strategy.Analyse().Translations;

        Assert.Empty(translations.Languages);
        Assert.Equal("en", translations.Primary);
    }

    [Fact]
    public void Translations_DeclaredWithoutFile_EveryFieldIsMissing()
    {
        var analysis = Bilingual().Analyse();
        var cy = Assert.Single(analysis.Translations.Languages);

        Assert.Equal("cy", cy.Language);
        Assert.True(cy.Declared);
        Assert.Null(cy.File);
        Assert.Equal(cy.Fields.Count, cy.Missing.Count);
        Assert.True(cy.Fields.Count > 3);
    }

    [Fact]
    public void Translations_TranslatedField_IsNotMissingAndIsShown()
    {
        var cy = Bilingual().Write(Cy, "language: cy\ntexts:\n  - field: strategy/title\n    text: Strategaeth enghreifftiol\n").Analyse().Translations.For("cy")!;

        Assert.DoesNotContain(cy.Missing, f => f.Key == "strategy/title");
        Assert.Equal(cy.Fields.Count - 1, cy.Missing.Count);
        Assert.Equal("Strategaeth enghreifftiol", cy.TextOf("strategy/title")?.Text);
        Assert.Null(cy.TextOf("principle/p1/title"));
    }

    [Fact]
    public void Translations_FromOldEnglish_IsStaleButRewrappingIsNot()
    {
        var cy = Bilingual().Write(Cy, """
            language: cy
            texts:
              - field: strategy/title
                text: Strategaeth enghreifftiol
                from: Old demo strategy
              - field: principle/p1/title
                text: Pobl ifanc yn gyntaf
                from: |-
                  Young people
                  first
            """).Analyse().Translations.For("cy")!;

        Assert.Equal(["strategy/title"], cy.Stale.Select(f => f.Key));
    }

    [Fact]
    public void Translations_UnknownAndRepeatedKeys_AreListedNotApplied()
    {
        var cy = Bilingual().Write(Cy, """
            language: cy
            texts:
              - field: strategy/titel
                text: Strategaeth
              - field: principle/p1/title
                text: Pobl ifanc yn gyntaf
              - field: principle/p1/title
                text: Pobl ifanc
            """).Analyse().Translations.For("cy")!;

        Assert.Equal(["strategy/titel"], cy.Unknown.Select(t => t.Field));
        Assert.Equal("Pobl ifanc", Assert.Single(cy.Repeated).Text);
        Assert.Equal("Pobl ifanc yn gyntaf", cy.TextOf("principle/p1/title")?.Text);
        Assert.Contains(cy.Missing, f => f.Key == "strategy/title");
    }

    [Fact]
    public void Translations_FileForUndeclaredLanguage_IsAnalysedAsUndeclared()
    {
        var cy = _strategy.Write(Cy, "language: cy\ntexts: []\n").Analyse().Translations.For("cy")!;

        Assert.False(cy.Declared);
        Assert.NotNull(cy.File);
    }
}
