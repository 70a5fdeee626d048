using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Tests;

/// <summary>Each strategy is judged at its own reporting date: its reportingDate, else the date of its status; a run date overrides both.</summary>
public sealed class ReportingDateTests : IDisposable
{
    private readonly RuleFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Check_NoRunDate_JudgedAtTheDateOfItsStatus()
    {
        // Adopted after its period ended: judged at that date (not at the site's old fixed 2010-04-01), so the date is a finding.
        var report = _fixture.Edit("demo/strategy.yaml", "period:", "status: { state: adopted, date: \"2012-02\" }\nperiod:").Check(ownDates: true);
        Assert.Equal("2012-02", report.AsOfFor("demo").ToString());
        Assert.Contains(report.Findings, f => f.RuleId == "reporting-date-outside-period");
    }

    [Fact]
    public void Check_ReportingDateInStrategy_WinsOverTheStatusDate()
    {
        var report = _fixture.Edit("demo/strategy.yaml", "period:", "status: { state: adopted, date: \"2010-05\" }\nreportingDate: \"2009-12\"\nperiod:")
            .Edit("demo/actions.yaml", "due: \"2010-06\"", "due: \"2010-04\"")
            .Check(ownDates: true);
        Assert.Equal("2009-12", report.AsOfFor("demo").ToString());
        Assert.DoesNotContain(report.Findings, f => f.RuleId == "milestone-overdue");
    }

    [Fact]
    public void Check_RunDate_OverridesEveryStrategysOwnDate()
    {
        var report = _fixture.Edit("demo/strategy.yaml", "period:", "reportingDate: \"2009-12\"\nperiod:")
            .Edit("demo/actions.yaml", "due: \"2010-06\"", "due: \"2010-04\"")
            .Check(asOf: new PartialDate(2010, 9, 1, DatePrecision.Day), ownDates: true);
        Assert.Equal("2010-09-01", report.AsOfFor("demo").ToString());
        Assert.Contains(report.Findings, f => f.RuleId == "milestone-overdue");
    }

    [Fact]
    public void Check_ReportingDateBeforeThePeriod_IsAFinding()
    {
        var report = _fixture.Edit("demo/strategy.yaml", "period:", "reportingDate: \"2007-06\"\nperiod:").Check(ownDates: true);
        var f = Assert.Single(report.Findings, f => f.RuleId == "reporting-date-outside-period");
        Assert.Contains("judged at 2007-06, outside its period 2008\u20132011", f.Message, StringComparison.Ordinal);
    }
}
