namespace CohesionSite.Rules.Tests;

/// <summary>Expressions that reach beyond the model are rule errors at the rules file, line and rule id.</summary>
public sealed class SandboxTests : IDisposable
{
    private readonly TempRules _rules = new();

    public void Dispose() => _rules.Dispose();

    [Theory]
    [InlineData("fact.GetType().Assembly != null", "GetType")]
    [InlineData("System.IO.File.Exists(\"/etc/passwd\")", "")]
    [InlineData("System.Environment.GetEnvironmentVariable(\"HOME\") != null", "")]
    [InlineData("System.Diagnostics.Process.GetCurrentProcess() != null", "")]
    [InlineData("DateTime.Now.Year > 2000", "member 'DateTime.")]
    [InlineData("Guid.NewGuid() != Guid.Empty", "")]
    [InlineData("fact.Context != null", "")]
    [InlineData("CohesionSite.Rules.Tests.MarkedOutsideTheModel.Probe()", "")]
    public void Load_ExpressionBeyondTheModel_IsRuleErrorNamingFileLineAndRule(string expression, string reason)
    {
        _rules.Write("test.yaml", TempRules.OneRule(expression));
        var (rules, diagnostics) = _rules.Load();
        Assert.Null(rules);
        var d = Assert.Single(diagnostics);
        Assert.Equal(RuleSetLoader.RuleInvalid, d.Code);
        Assert.StartsWith("rules/test.yaml:7:17: error: rule 'probe': ", d.ToString(), StringComparison.Ordinal);
        Assert.Contains(reason, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Assignment_IsRejected()
    {
        _rules.Write("test.yaml", TempRules.OneRule("(fact.LeadCount = 1) == 1"));
        var d = Assert.Single(_rules.Load().Diagnostics);
        Assert.Equal(RuleSetLoader.RuleInvalid, d.Code);
    }

    [Theory]
    [InlineData("fact.LeadCount == 0 && !fact.HasLeadText")]
    [InlineData("fact.LeadText.ToLower().Contains(\"lnp\") || Math.Max(fact.LeadCount, 1) > 3")]
    [InlineData("ctx.IsPartner(fact.Priority) && string.IsNullOrEmpty(fact.Rag)")]
    [InlineData("fact.Status == \"complete\" ? false : fact.MilestoneCount == 0")]
    public void Load_ExpressionOverTheModel_IsAccepted(string expression)
    {
        _rules.Write("test.yaml", TempRules.OneRule(expression));
        var (rules, diagnostics) = _rules.Load();
        Assert.Empty(diagnostics);
        Assert.NotNull(rules);
    }

    [Fact]
    public void Load_ExpressionThatDoesNotParse_IsRuleError()
    {
        _rules.Write("test.yaml", TempRules.OneRule("fact.LeadCount ==="));
        var d = Assert.Single(_rules.Load().Diagnostics);
        Assert.Contains("rule 'probe': expression does not parse", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownMember_IsRuleErrorNotAPass()
    {
        _rules.Write("test.yaml", TempRules.OneRule("fact.Leads == 0"));
        var d = Assert.Single(_rules.Load().Diagnostics);
        Assert.Contains("expression does not parse", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownPlaceholder_IsRuleErrorAtTheMessage()
    {
        _rules.Write("test.yaml", TempRules.OneRule("fact.LeadCount == 0", message: "Action {nope}."));
        var d = Assert.Single(_rules.Load().Diagnostics);
        Assert.StartsWith("rules/test.yaml:8:14: error: rule 'probe': message placeholder '{nope}' is not a property of ActionFact", d.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateIdAcrossFiles_IsError()
    {
        _rules.Write("a.yaml", TempRules.OneRule("fact.LeadCount == 0")).Write("b.yaml", TempRules.OneRule("fact.MilestoneCount == 0"));
        var d = Assert.Single(_rules.Load().Diagnostics);
        Assert.Equal("rules/b.yaml:3:9: error: duplicate rule id 'probe' (first defined at rules/a.yaml:3:9); rule ids must be unique across rules/", d.ToString());
    }

    [Fact]
    public void Load_UnknownFactKind_IsStructuralError()
    {
        _rules.Write("test.yaml", TempRules.OneRule("fact.LeadCount == 0").Replace("fact: action", "fact: actoin", StringComparison.Ordinal));
        var d = Assert.Single(_rules.Load().Diagnostics);
        Assert.Contains("'fact' is 'actoin' (did you mean 'action'?)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RuleThatThrowsAtRunTime_IsRuleErrorNeverAPass()
    {
        _rules.Write("test.yaml", TempRules.OneRule("fact.LeadText.Substring(100) == \"x\""));
        var (rules, diagnostics) = _rules.Load();
        Assert.Empty(diagnostics);
        using var fixture = new RuleFixture();
        var error = Assert.Throws<RuleEvaluationException>(() => fixture.Check(rules));
        Assert.StartsWith("rules/test.yaml:7:17: error: rule 'probe' failed on action '1.1.1' of demo: ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not")]
    [InlineData("exists")]
    public void Check_JoinConditionThatThrowsAtRunTime_IsRuleErrorNeverAPass(string group)
    {
        // A join that reads the rule's fact runs as Any over a collected fact: a throw there must still stop the check.
        _rules.Write("test.yaml", TempRules.OneRule("true").Replace("fact: action", "fact: priority", StringComparison.Ordinal)
            + $"\n    {group}:\n      - {{ fact: action, as: a, where: \"a.LeadText.Substring(100) == fact.Target\" }}\n");
        var (rules, diagnostics) = _rules.Load();
        Assert.Empty(diagnostics);
        using var fixture = new RuleFixture();
        var error = Assert.Throws<RuleEvaluationException>(() => fixture.Check(rules));
        Assert.StartsWith("rules/test.yaml:7:17: error: rule 'probe' failed on priority '", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_JoinConditionReachingOutside_IsRuleInvalidAtItsWhere()
    {
        _rules.Write("test.yaml", TempRules.OneRule("true").Replace("fact: action", "fact: priority", StringComparison.Ordinal)
            + "\n    not:\n      - { fact: action, as: a, where: \"a.GetType().Name == fact.Target\" }\n");
        var d = Assert.Single(_rules.Load().Diagnostics);
        Assert.Equal(RuleSetLoader.RuleInvalid, d.Code);
        Assert.StartsWith("rule 'probe': not[0]:", d.Message, StringComparison.Ordinal);
    }
}

/// <summary>A type another assembly marks callable from Dynamic LINQ: rule expressions must not reach it.</summary>
[System.Linq.Dynamic.Core.CustomTypeProviders.DynamicLinqType]
public sealed class MarkedOutsideTheModel
{
    /// <summary>Would read the disk if a rule could call it.</summary>
    public static bool Probe() => File.Exists("/etc/passwd");
}

/// <summary>The types rule expressions may call methods on: this assembly's marked fact views, nothing else.</summary>
public sealed class FactTypeProviderTests
{
    [Fact]
    public void GetCustomTypes_MarkedTypes_OnlyTheFactViews()
    {
        var types = FactTypeProvider.Instance.GetCustomTypes();

        Assert.Contains(typeof(CohesionSite.Rules.Facts.RuleContext), types);
        Assert.Contains(typeof(CohesionSite.Rules.Facts.ActionFact), types);
        Assert.DoesNotContain(typeof(MarkedOutsideTheModel), types);
        Assert.All(types, t => Assert.Equal(typeof(CohesionSite.Rules.Facts.Fact).Assembly, t.Assembly));
        Assert.Null(FactTypeProvider.Instance.ResolveType(typeof(MarkedOutsideTheModel).FullName!));
    }
}
