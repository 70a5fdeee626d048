using CohesionSite.Core.Model;

namespace CohesionSite.Analysis.Tests;

/// <summary>The one reading of the model every host shares: effective tags, coverage, matrix cells, indicator direction.</summary>
public sealed class StrategyAnalysisTests : IDisposable
{
    private const string A = "demo/actions.yaml";
    private readonly MatrixStrategy _strategy = new();

    public void Dispose() => _strategy.Dispose();

    [Fact]
    public void TagsOf_ActionAddressingATaggedPrinciple_CarriesThePrinciplesNationalItem()
    {
        var analysis = _strategy.Analyse();

        var tags = analysis.TagsOf(analysis.Content.Actions.Single());

        Assert.Equal(["cic-2007-principles/shared-futures", "white-paper-2006/young-people"], tags.National);
        Assert.True(tags.FillsCell("white-paper-2006/young-people", "cic-2007-principles/shared-futures"));
    }

    [Fact]
    public void TaggedWith_EveryItemOfEveryFrameworkOnShippedContent_SameAsTestingEachEntity()
    {
        var loaded = CohesionSite.Content.ContentLoader.Load(Path.Combine(CohesionSite.Tests.RepositoryRoot.Path, "content"));
        Assert.NotNull(loaded.Content);
        var checkedItems = 0;
        foreach (var s in loaded.Content.Strategies)
        {
            var analysis = StrategyAnalysis.Of(s, loaded.Content.National);
            foreach (var reference in loaded.Content.National.Frameworks.SelectMany(f => f.Items.Select(i => $"{f.Id}/{i.Id}")))
            {
                var tagged = analysis.TaggedWith(reference);
                Assert.Equal(s.Commitments.Select(c => c.Commitment).Where(c => analysis.TagsOf(c).Tagged(reference)), tagged.Commitments);
                Assert.Equal(s.Actions.Where(a => analysis.TagsOf(a).Tagged(reference)), tagged.Actions);
                checkedItems += tagged.Commitments.Count + tagged.Actions.Count;
            }
        }

        // The shipped strategies tag hundreds of entities: an index that found nothing would pass the loop.
        Assert.True(checkedItems > 100, $"only {checkedItems} tagged entities found");
    }

    [Fact]
    public void Matrix_PrincipleTaggedWithTheRowItem_ActionFillsThatCellOnly()
    {
        var matrix = _strategy.Analyse().Matrix!;

        Assert.Equal(4, matrix.Cells.Count);
        Assert.Equal(3, matrix.EmptyCells);
        var filled = Assert.Single(matrix.Cells, c => !c.Empty);
        Assert.Equal(("white-paper-2006/young-people", "cic-2007-principles/shared-futures"), (filled.RowRef, filled.ColumnRef));
        Assert.Equal("1", Assert.Single(filled.Actions).Id);
    }

    [Fact]
    public void Matrix_CommitmentTaggedWithBothItems_PromisesTheCellButLeavesItEmpty()
    {
        var matrix = _strategy.Analyse().Matrix!;

        var cell = matrix.Cells.Single(c => c.RowRef == "white-paper-2006/interfaith" && c.ColumnRef == "cic-2007-principles/visible-social-justice");

        Assert.True(cell.Empty);
        Assert.Equal("1.1-c1", Assert.Single(cell.Commitments).Id);
    }

    [Fact]
    public void Coverage_ActionServingTheOutcomeAPrinciplePointsAt_AddressesThePrinciple()
    {
        var analysis = _strategy.Edit(A, "principles: [p1]", "outcomes: [o1]").Analyse();

        Assert.Equal("1", Assert.Single(analysis.Coverage.OfPrinciple("p1")).Id);
        Assert.Equal("1", Assert.Single(analysis.Coverage.OfOutcome("o1")).Id);
        Assert.Contains("white-paper-2006/young-people", analysis.TagsOf(analysis.Content.Actions.Single()).National);
    }

    [Fact]
    public void Coverage_ActionOnAChildPriority_CoversTheAncestorAndInheritsItsItems()
    {
        var analysis = _strategy.Edit(A, "principles: [p1]", "priority: \"1.1\"").Analyse();

        Assert.Equal("1", Assert.Single(analysis.Coverage.OfPriority("1")).Id);
        Assert.Equal("1", Assert.Single(analysis.Coverage.OfPriority("1.1")).Id);
        Assert.Empty(analysis.Coverage.OfPrinciple("p1"));
        var cell = analysis.Matrix!.Cells.Single(c => !c.Empty);
        Assert.Equal(("white-paper-2006/interfaith", "cic-2007-principles/shared-futures"), (cell.RowRef, cell.ColumnRef));
    }

    [Fact]
    public void DirectionOf_IndicatorStatingNone_TakesTheNationalIndicators()
    {
        var analysis = _strategy.Analyse();

        Assert.Equal(new IndicatorDirection(Direction.Higher, FromNational: true), analysis.DirectionOf(analysis.Content.Indicators.Single()));
    }

    [Fact]
    public void DirectionOf_IndicatorStatingItsOwn_KeepsItsOwn()
    {
        var analysis = _strategy.Edit("demo/indicators.yaml", "national: ni-1", "national: ni-1\n    direction: lower").Analyse();

        Assert.Equal(new IndicatorDirection(Direction.Lower, FromNational: false), analysis.DirectionOf(analysis.Content.Indicators.Single()));
    }

    [Fact]
    public void Of_SameStrategyAskedTwice_AnalysedOnce()
    {
        var content = _strategy.Load();
        var s = content.Strategies.Single();

        Assert.Same(StrategyAnalysis.Of(s, content.National), StrategyAnalysis.Of(s, content.National));
    }
}
