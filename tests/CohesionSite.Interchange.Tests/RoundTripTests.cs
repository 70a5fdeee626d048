using CohesionSite.Content;
using CohesionSite.Content.Export;
using CohesionSite.Interchange.Csv;
using CohesionSite.Interchange.Import;
using CohesionSite.Interchange.Xlsx;
using CohesionSite.Interchange.Yaml;

namespace CohesionSite.Interchange.Tests;

/// <summary>Export → import on every shipped strategy leaves its YAML byte-identical, for xlsx and CSV.</summary>
public sealed class RoundTripTests : IDisposable
{
    private readonly TempRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Theory]
    [MemberData(nameof(Repo.Strategies), MemberType = typeof(Repo))]
    public void ExportXlsxThenImport_ShippedStrategy_LeavesYamlByteIdentical(string id)
    {
        var before = _repo.Snapshot();
        var strategy = ContentLoader.Load(_repo.ContentRoot).Content!.StrategyById[id];
        var workbook = _repo.At($"{id}.xlsx");
        WorkbookWriter.Write(strategy, workbook);

        var result = PlanImport.Run(workbook, _repo.ContentRoot, id, "content");

        Assert.False(result.Failed, string.Join("\n", result.CellErrors.Concat<object>(result.ContentErrors)));
        Assert.Empty(result.Notes);
        AssertUnchanged(before);
    }

    [Theory]
    [MemberData(nameof(Repo.Strategies), MemberType = typeof(Repo))]
    public void ExportCsvThenImport_ShippedStrategy_LeavesYamlByteIdentical(string id)
    {
        var before = _repo.Snapshot();
        var strategy = ContentLoader.Load(_repo.ContentRoot).Content!.StrategyById[id];
        var folder = _repo.At($"{id}-csv");
        CsvExport.Write(strategy, folder);

        var result = PlanImport.Run(folder, _repo.ContentRoot, id, "content");

        Assert.False(result.Failed, string.Join("\n", result.CellErrors.Concat<object>(result.ContentErrors)));
        AssertUnchanged(before);
    }

    [Theory]
    [MemberData(nameof(Repo.Strategies), MemberType = typeof(Repo))]
    public void GenerateListsFromScratch_ShippedStrategy_LoadsIntoTheSameModel(string id)
    {
        // Without hand-written items to keep, every action and indicator is written by the
        // emitter; the model the files load into must still be the same, field for field
        // (compared through the JSON export, which ignores only source positions).
        var options = new LoadOptions { Strategies = [id] };
        var loaded = ContentLoader.Load(_repo.ContentRoot, options).Content!;
        var original = ModelExport.Write(loaded);
        var strategy = loaded.StrategyById[id];
        var folder = Path.Combine(_repo.ContentRoot, id);
        var actions = Path.Combine(folder, "actions.yaml");
        if (File.Exists(actions))
        {
            var text = File.ReadAllText(actions);
            var list = text.IndexOf("\nactions:", StringComparison.Ordinal);
            var planOnly = list >= 0 ? text[..(list + 1)] : text;
            File.WriteAllText(actions, YamlListRewriter.Rewrite(planOnly, "actions", strategy.Actions, "a", "", "action").Text);
        }

        if (strategy.Indicators.Count > 0)
        {
            File.WriteAllText(Path.Combine(folder, "indicators.yaml"),
                YamlListRewriter.Rewrite(null, "indicators", strategy.Indicators, "i", PlanImport.SchemaLine("indicators"), "indicator").Text);
        }

        var reloaded = ContentLoader.Load(_repo.ContentRoot, options);
        Assert.False(reloaded.HasErrors, string.Join("\n", reloaded.Diagnostics));
        Assert.Equal(original, ModelExport.Write(reloaded.Content!));
    }

    private void AssertUnchanged(Dictionary<string, byte[]> before)
    {
        var after = _repo.Snapshot();
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (path, bytes) in before)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(after[path]), $"{path} changed:\n{System.Text.Encoding.UTF8.GetString(after[path])}");
        }
    }
}
