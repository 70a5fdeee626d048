namespace CohesionSite.Rules.Tests;

/// <summary>The base fixture is clean, so each rule test's positive case is caused by its one edit.</summary>
public sealed class CleanFixtureTests : IDisposable
{
    private readonly RuleFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Check_CleanFixture_HasNoFindings()
    {
        var report = _fixture.Check();
        Assert.Empty(report.Findings.Select(f => $"{f.RuleId} {f.Target}: {f.Message}"));
    }
}
