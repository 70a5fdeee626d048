using System.Text.Json;
using CohesionSite.Content.Export;

namespace CohesionSite.Content.Tests;

/// <summary>The open-data export: its shape, and that reading it back gives the same model.</summary>
public sealed class ExportTests
{
    private static readonly string Json = ModelExport.Write(Repo.Shipped.Content!);

    [Fact]
    public void Export_ShippedContent_ListsTheFiveStrategies()
    {
        using var doc = JsonDocument.Parse(Json);
        var ids = doc.RootElement.GetProperty("strategies").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToArray();
        Assert.Equal(["east-midlands-2009", "northamptonshire-2007", "walsall-2008", "worcestershire-2010", "wrexham-2011-14"], ids);
    }

    [Fact]
    public void Export_Walsall_CarriesNestedPrioritiesActionsAndIndicators()
    {
        using var doc = JsonDocument.Parse(Json);
        var walsall = doc.RootElement.GetProperty("strategies").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "walsall-2008");
        Assert.Equal("Community Cohesion Strategy", walsall.GetProperty("title").GetString());
        var themes = walsall.GetProperty("priorities").EnumerateArray().ToArray();
        Assert.Equal(3, themes.Length);
        Assert.Equal(10, themes.Sum(t => t.GetProperty("children").GetArrayLength()));
        Assert.Equal(36, walsall.GetProperty("actions").GetArrayLength());
        Assert.Equal("1.1.1", walsall.GetProperty("actions")[0].GetProperty("id").GetString());
        Assert.Equal(10, walsall.GetProperty("indicators").GetArrayLength());
        foreach (var key in new[] { "outcomes", "principles", "values", "partners" })
        {
            Assert.Equal(JsonValueKind.Array, walsall.GetProperty(key).ValueKind);
        }

        var tbd = walsall.GetProperty("indicators").EnumerateArray()
            .Count(i => i.TryGetProperty("baseline", out var b) && b.GetProperty("toBeDetermined").GetBoolean());
        Assert.Equal(5, tbd);
    }

    [Fact]
    public void Export_ReadBack_WritesIdenticalJson()
    {
        var reloaded = ModelExport.Read(Json);
        Assert.Equal(Json, ModelExport.Write(reloaded));
    }

    [Fact]
    public void Export_ReadBack_KeepsEveryCount()
    {
        var original = Repo.Shipped.Content!;
        var reloaded = ModelExport.Read(Json);
        foreach (var s in original.Strategies)
        {
            var r = reloaded.StrategyById[s.Id];
            Assert.Equal(s.AllPriorities.Count, r.AllPriorities.Count);
            Assert.Equal(s.Actions.Count, r.Actions.Count);
            Assert.Equal(s.Actions.Sum(a => a.Milestones.Count), r.Actions.Sum(a => a.Milestones.Count));
            Assert.Equal(s.Indicators.Sum(i => i.Measurements.Count), r.Indicators.Sum(i => i.Measurements.Count));
            Assert.Equal(s.Strategy.Partners.Count, r.Strategy.Partners.Count);
            Assert.Equal(s.Tables.Sum(t => t.Rows.Count), r.Tables.Sum(t => t.Rows.Count));
            Assert.Equal(s.Toolkit?.Principles.Sum(p => p.Questions.Count), r.Toolkit?.Principles.Sum(p => p.Questions.Count));
        }
    }

    [Fact]
    public void Export_Output_IsDeterministic()
    {
        Assert.Equal(Json, ModelExport.Write(ContentLoader.Load(Repo.ContentRoot).Content!));
    }
}
