using CohesionSite.Content;
using CohesionSite.Interchange.Csv;
using CohesionSite.Interchange.Import;

namespace CohesionSite.Interchange.Tests;

/// <summary><c>export --format csv</c> guards formula-like text, and <c>import</c> takes the guard off again.</summary>
public sealed class CsvGuardRoundTripTests : IDisposable
{
    private readonly TempRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void ExportCsvThenImport_FormulaLikeText_IsGuardedInTheFileAndYamlStaysByteIdentical()
    {
        var actions = Path.Combine(_repo.ContentRoot, "walsall-2008", "actions.yaml");
        File.WriteAllText(actions, File.ReadAllText(actions)
            .Replace("outcome: Schools play pro active role in promoting community cohesion within and between local communities", "outcome: \"=1+1\"", StringComparison.Ordinal)
            .Replace("outcome: Improved sense of belonging and people getting on well together", "outcome: '-2+3'", StringComparison.Ordinal));
        var before = _repo.Snapshot();
        var folder = _repo.At("plan");
        CsvExport.Write(ContentLoader.Load(_repo.ContentRoot).Content!.StrategyById["walsall-2008"], folder);

        var csv = File.ReadAllText(Path.Combine(folder, "actions.csv"));
        var result = PlanImport.Run(folder, _repo.ContentRoot, "walsall-2008", "content");

        Assert.Contains(",'=1+1,", csv, StringComparison.Ordinal);
        Assert.Contains(",'-2+3,", csv, StringComparison.Ordinal);
        Assert.False(result.Failed, string.Join("\n", result.CellErrors));
        _repo.AssertUnchanged(before);
    }
}
