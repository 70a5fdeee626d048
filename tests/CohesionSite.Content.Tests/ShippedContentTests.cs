using CohesionSite.Core.Model;

namespace CohesionSite.Content.Tests;

/// <summary>The shipped content as a whole: it loads clean, and references resolve to real targets.</summary>
public sealed class ShippedContentTests
{
    [Fact]
    public void Load_ShippedContent_HasNoDiagnostics()
    {
        Assert.Empty(Repo.Shipped.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(5, Repo.Shipped.Content!.Strategies.Count);
    }

    [Fact]
    public void Load_ShippedContent_KeepsMarksOfEntitiesAndFields()
    {
        var walsall = Repo.Shipped.Content!.StrategyById["walsall-2008"];
        var action = walsall.ActionById["1.1.1"];
        Assert.Equal("content/walsall-2008/actions.yaml", action.Mark.File);
        Assert.True(action.Mark.Line > 1);
        Assert.True(action.MarkOf("leads", 0).Line >= action.Mark.Line);
        Assert.Equal(walsall.Files["actions"], action.Mark.File);
    }

    [Fact]
    public void Resolve_ActionLeads_NamePartnersOfTheStrategy()
    {
        foreach (var s in Repo.Shipped.Content!.Strategies)
        {
            foreach (var a in s.Actions)
            {
                Assert.All(a.Leads, id => Assert.True(s.PartnerById.ContainsKey(id), $"{s.Id} {a.Id} lead {id}"));
                Assert.True(a.Priority is null || s.PriorityById.ContainsKey(a.Priority));
            }
        }
    }

    [Fact]
    public void Resolve_NationalReferences_ReachTheNationalLayer()
    {
        var content = Repo.Shipped.Content!;
        var northants = content.StrategyById["northamptonshire-2007"];
        Assert.Equal("cic-2007", northants.Strategy.Definition!.Ref);
        Assert.True(content.National.DefinitionById.ContainsKey("cic-2007"));
        var items = northants.AllPriorities.SelectMany(p => p.National).ToArray();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.True(content.National.ItemByRef.ContainsKey(i), i));
        Assert.Equal(8, content.National.FrameworkById["white-paper-2006"].Items.Count);
        Assert.Equal(4, content.National.FrameworkById["cic-2007-principles"].Items.Count);
    }

    [Fact]
    public void Load_EveryStrategy_SaysWhetherItHasAnActionPlan()
    {
        var states = Repo.Shipped.Content!.Strategies.ToDictionary(s => s.Id, s => s.Plan?.State);
        Assert.Equal(PlanState.Present, states["walsall-2008"]);
        Assert.Equal(PlanState.None, states["worcestershire-2010"]);
        Assert.Equal(PlanState.Missing, states["wrexham-2011-14"]);
        Assert.Equal(PlanState.None, states["east-midlands-2009"]);
        Assert.Equal(PlanState.ToBeAgreed, states["northamptonshire-2007"]);
    }
}
