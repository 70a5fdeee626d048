using System.Text.Json;
using System.Text.Json.Nodes;

namespace CohesionSite.Cli.Tests;

/// <summary>
/// An integrity finding is matched across runs by its structured target (kind + id, set where the
/// loader made the diagnostic), never by the message's wording; its key is what reports have always
/// written, so baselines written before stay readable.
/// </summary>
public sealed class IntegrityKeyTests : IDisposable
{
    private const string Actions = "content/walsall-2008/actions.yaml";
    private const string Strategy = "content/walsall-2008/strategy.yaml";

    // The keys the check wrote for these problems (the renamed 1.1.2 leaves a commitment's reference unresolved) before targets were structured (taken from a
    // run of the earlier code on the same edits): a key that changes turns a baseline's finding into
    // a new one plus a resolved one.
    private static readonly string[] EarlierKeys =
    [
        "date-invalid|walsall-2008|due",
        "id-duplicate|walsall-2008|1.1.1",
        "period-order|walsall-2008|strategy.yaml:10",
        "ref-unknown|walsall-2008|1.1.2",
        "ref-unknown|walsall-2008|walsall-councl",
    ];

    private readonly TempRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Check_FourIntegrityProblems_KeysAsEarlierReportsWroteThem()
    {
        Break();

        var keys = Integrity(Report(out _)).Select(f => $"{f["ruleId"]}|{f["strategy"]}|{f["target"]}").Order(StringComparer.Ordinal);

        Assert.Equal(EarlierKeys, keys);
    }

    [Fact]
    public void Check_FourIntegrityProblems_StructuredTargetKinds()
    {
        Break();

        var kinds = Integrity(Report(out _)).ToDictionary(f => $"{f["ruleId"]}|{f["target"]}", f => (string)f["targetKind"]!);

        Assert.Equal("partner", kinds["ref-unknown|walsall-councl"]);
        Assert.Equal("action", kinds["ref-unknown|1.1.2"]);
        Assert.Equal("action", kinds["id-duplicate|1.1.1"]);
        Assert.Equal("field", kinds["date-invalid|due"]);
        Assert.Equal("place", kinds["period-order|strategy.yaml:10"]);
    }

    [Fact]
    public void Check_BaselineWrittenBeforeTargetKindsWereTyped_IntegrityFindingsUnchanged()
    {
        Break();
        var report = Report(out var path);
        // Earlier reports called every integrity target's kind "reference".
        foreach (var f in Integrity(report))
        {
            f["targetKind"] = "reference";
        }

        File.WriteAllText(path, report.ToJsonString());
        var (code, _, stderr) = _repo.Run("check", "--format", "json", "--out", "second.json", "--fail-level", "none", "--baseline", path);
        Assert.True(code == 0, stderr);

        using var second = JsonDocument.Parse(File.ReadAllText(_repo["second.json"]));
        var summary = second.RootElement.GetProperty("summary");
        Assert.Equal(0, summary.GetProperty("new").GetInt32());
        Assert.Equal(0, summary.GetProperty("resolved").GetInt32());
    }

    private static IEnumerable<JsonObject> Integrity(JsonObject report) =>
        report["findings"]!.AsArray().Select(f => f!.AsObject()).Where(f => f["ruleId"]!.GetValue<string>() is "date-invalid" or "id-duplicate" or "period-order" or "ref-unknown");

    private JsonObject Report(out string path)
    {
        path = _repo["first.json"];
        var (code, _, stderr) = _repo.Run("check", "--format", "json", "--out", path, "--fail-level", "none");
        Assert.True(code == 0, stderr);
        return JsonNode.Parse(File.ReadAllText(path))!.AsObject();
    }

    private void Break()
    {
        Replace(Actions, "      - walsall-college\n", "      - walsall-councl\n");
        Replace(Actions, "  - id: 1.1.2\n", "  - id: 1.1.1\n");
        Replace(Actions, "        due: \"2008-07\"\n", "        due: \"2008-13\"\n");
        Replace(Strategy, "  end: \"2021\"\n", "  end: \"2007\"\n");
    }

    private void Replace(string file, string old, string replacement)
    {
        var text = File.ReadAllText(_repo[file]);
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{file} does not contain '{old.Trim()}'");
        File.WriteAllText(_repo[file], string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length)));
    }
}
