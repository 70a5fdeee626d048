using CohesionSite.Content;
using CohesionSite.Rules.Engine;

namespace CohesionSite.Rules.Tests;

/// <summary>A rule's wording in another language: checked like the English, carried only where it is published.</summary>
public sealed class RuleTranslationTests : IDisposable
{
    private readonly TempRules _rules = new();

    public void Dispose() => _rules.Dispose();

    // The probe rule of TempRules with one translation appended (fires on every action without a lead).
    private static string Translated(string language, string message) =>
        TempRules.OneRule("fact.LeadCount >= 0") + $"""

            translations:
              - language: {language}
                title: Prawf
                message: "{message}"
        """;

    [Fact]
    public void Check_BilingualStrategy_FindingCarriesTheWelshMessageWithItsPlaceholdersFilled()
    {
        _rules.Write("test.yaml", Translated("cy", "Cam gweithredu {target}."));
        var (rules, diagnostics) = _rules.Load();
        Assert.Empty(diagnostics);
        using var fixture = new RuleFixture();
        fixture.Edit("demo/strategy.yaml", "area: Demo\n", "area: Demo\nlanguages: [en, cy]\n");

        var finding = fixture.Check(rules).Findings.First(f => f.RuleId == "probe");

        Assert.Equal($"Action {finding.Target}.", finding.Message);
        Assert.Equal($"Cam gweithredu {finding.Target}.", finding.Messages["cy"]);
        Assert.Equal("Prawf", Assert.Single(rules!.Rules, r => r.Info.Id == "probe").Info.Texts["cy"].Title);
    }

    [Fact]
    public void Check_EnglishOnlyStrategy_FindingCarriesNoTranslation()
    {
        _rules.Write("test.yaml", Translated("cy", "Cam gweithredu {target}."));
        using var fixture = new RuleFixture();

        var finding = fixture.Check(_rules.Load().Rules).Findings.First(f => f.RuleId == "probe");

        Assert.Empty(finding.Messages);
    }

    [Fact]
    public void Load_TranslationWithUnknownPlaceholder_IsRuleErrorNamingFileRuleAndLanguage()
    {
        _rules.Write("test.yaml", Translated("cy", "Cam gweithredu {nope}."));
        var (rules, diagnostics) = _rules.Load();
        Assert.Null(rules);
        var d = Assert.Single(diagnostics);
        Assert.Equal(RuleSetLoader.RuleInvalid, d.Code);
        Assert.StartsWith("rules/test.yaml:14:18: error: rule 'probe': translations[0] (cy): message placeholder '{nope}' is not a property of ActionFact", d.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TranslationIntoEnglish_IsRuleError()
    {
        _rules.Write("test.yaml", Translated("en", "Action {target}."));
        var d = Assert.Single(_rules.Load().Diagnostics);
        Assert.StartsWith("rules/test.yaml:12:19: error: rule 'probe': translations[0]: language 'en' is the rule's own", d.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TranslationIntoUnsupportedLanguage_IsStructuralErrorNamingTheLanguages()
    {
        _rules.Write("test.yaml", Translated("fr", "Action {target}."));
        var d = Assert.Single(_rules.Load().Diagnostics);
        Assert.Contains("test.yaml:12:19", d.ToString(), StringComparison.Ordinal);
        Assert.Contains("cy", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalogue_EveryRuleFiringOnTheShippedBilingualStrategy_HasWelshWording()
    {
        var loaded = ContentLoader.Load(Repo.ContentRoot);
        Assert.NotNull(loaded.Content);
        var report = new GapChecker(Repo.Rules).Check(loaded.Content, loaded.Diagnostics).Report;
        var bilingual = loaded.Content.Strategies.Where(s => s.Strategy.Languages.Contains("cy")).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(bilingual);
        var untranslated = report.Findings.Where(f => bilingual.Contains(f.Strategy) && !f.Messages.ContainsKey("cy")).Select(f => f.RuleId).Distinct().ToArray();
        Assert.Empty(untranslated);
    }

    [Fact]
    public void Catalogue_ShippedRules_EveryRuleHasWelsh()
    {
        var lacking = Repo.Rules.Rules
            .Where(r => r.Definition.Translations.FirstOrDefault(t => t.Language == "cy") is not { } cy
                || string.IsNullOrWhiteSpace(cy.Title) || string.IsNullOrWhiteSpace(cy.Message) || string.IsNullOrWhiteSpace(cy.Rationale))
            .Select(r => r.Info.Id)
            .ToArray();
        Assert.True(lacking.Length == 0, $"rules without a Welsh (cy) title, message and rationale: {string.Join(", ", lacking)}");
    }
}
