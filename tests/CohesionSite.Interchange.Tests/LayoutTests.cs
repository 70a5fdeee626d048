using CohesionSite.Content.Shapes;
using CohesionSite.Core.Model;
using CohesionSite.Interchange.Sheets;

namespace CohesionSite.Interchange.Tests;

/// <summary>The workbook layout covers the model: no field of an action or indicator can be lost in a spreadsheet.</summary>
public sealed class LayoutTests
{
    [Theory]
    [InlineData(typeof(ActionItem), "milestones,progress")]
    [InlineData(typeof(Milestone), "")]
    [InlineData(typeof(ProgressNote), "")]
    [InlineData(typeof(Indicator), "baseline,targets,measurements")]
    [InlineData(typeof(DataPoint), "")]
    public void DataSheets_EveryModelProperty_HasAColumnOrAChildSheet(Type type, string children)
    {
        var spec = PlanWorkbook.DataSheets.Single(s => s.RowType == type);
        var covered = spec.Columns.Select(c => c.Header.Split('.')[0]).Concat(children.Split(',', StringSplitOptions.RemoveEmptyEntries)).ToHashSet();
        Assert.Equal(TypeShape.For(type).Properties.Select(p => p.Key).Order(), covered.Order());
    }

    [Fact]
    public void Actions_Headers_AreTheYamlKeysInModelOrder()
    {
        Assert.Equal(
            ["id", "text", "priority", "leads", "partners", "leadText", "outcome", "outcomes", "principles", "values", "indicators", "groups", "national", "status", "rag", "seeAlso", "source.seed", "source.section", "source.page"],
            PlanWorkbook.Actions.Headers);
        Assert.Equal(["indicator", "kind", "period", "area", "group", "value", "text", "toBeDetermined", "note"], PlanWorkbook.Measurements.Headers);
    }

    [Theory]
    [InlineData(1, "A")]
    [InlineData(26, "Z")]
    [InlineData(27, "AA")]
    [InlineData(703, "AAA")]
    public void Column_Number_GivesItsLetters(int column, string letters) => Assert.Equal(letters, CellRef.Column(column));
}
