using System.Text.RegularExpressions;
using CohesionSite.Tests;

namespace CohesionSite.Cli.Tests;

/// <summary>
/// <c>cohesion pack</c> with Debian's chromium for every shipped strategy, read back with
/// poppler's <c>pdfinfo</c> and <c>pdftotext</c> (scripts/test.sh installs poppler-utils): a whole
/// PDF, A4, more than one page, page numbers and running heads on the pages, the strategy's title.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Browser)]
public sealed partial class PackPdfTests : IDisposable
{
    private readonly TempRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    public static TheoryData<string> Strategies() => new(Directory.GetDirectories(Path.Combine(RepositoryRoot.Path, "content"))
        .Select(Path.GetFileName).OfType<string>().Where(d => d != "national").Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Strategies))]
    public void Pack_ShippedStrategy_A4PdfWithPageNumbersRunningHeadsAndTitle(string strategy)
    {
        Assert.True(File.Exists("/usr/bin/chromium"), "/usr/bin/chromium is missing: run scripts/test.sh (it installs Debian's chromium)");
        var pdf = _repo["packs/" + strategy + ".pdf"];

        var (code, stdout, stderr) = _repo.Run("pack", "--strategy", strategy, "--pdf", pdf);

        Assert.True(code == 0, stderr);
        Assert.Contains("board pack of " + strategy, stdout, StringComparison.Ordinal);
        var head = File.ReadAllBytes(pdf);
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(head, 0, 5));
        var info = Tool("pdfinfo", pdf);
        Assert.Matches(@"Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)", info);
        var pages = int.Parse(PagesLine().Match(info).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(pages > 1, $"{strategy}: {pages} page(s)");
        var text = Collapse(Tool("pdftotext", pdf, "-"));
        Assert.Contains($"Page 1 of {pages}", text, StringComparison.Ordinal);
        Assert.Contains($"Page {pages} of {pages}", text, StringComparison.Ordinal);
        // The running head names the place on every page after the cover.
        var title = Collapse(Regex.Match(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "content", strategy, "strategy.yaml")), "^title: *['\"]?(.+?)['\"]?$", RegexOptions.Multiline).Groups[1].Value);
        Assert.Contains(title, text, StringComparison.Ordinal);
        Assert.Equal(pages - 1, Regex.Matches(text, ": board pack Reporting date|: board pack\\b").Count);
        Assert.Contains("Reporting date", text, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(pdf)!, ".*"));
    }

    [Fact]
    public void Pack_WithBaseline_SaysWhatIsNewAndResolved()
    {
        var (checkCode, _, checkErr) = _repo.Run("check", "--strategy", "walsall-2008", "--format", "json", "--out", _repo["base.json"]);
        Assert.True(checkCode == 0, checkErr);
        // The earlier report lacks today's first finding and holds one that is gone now.
        var report = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(_repo["base.json"]))!;
        var findings = report["findings"]!.AsArray();
        var gone = findings[0]!.DeepClone();
        gone["target"] = "9.9.9";
        gone["message"] = "Action 9.9.9 was resolved before this pack.";
        findings.RemoveAt(0);
        findings.Add(gone);
        File.WriteAllText(_repo["base.json"], report.ToJsonString());

        var (code, _, stderr) = _repo.Run("pack", "--strategy", "walsall-2008", "--pdf", _repo["pack.pdf"], "--baseline", _repo["base.json"]);

        Assert.True(code == 0, stderr);
        var text = Collapse(Tool("pdftotext", _repo["pack.pdf"], "-"));
        Assert.Contains("Compared with the earlier gap report: 1 new, 1 resolved,", text, StringComparison.Ordinal);
        Assert.Contains("Action 9.9.9 was resolved before this pack.", text, StringComparison.Ordinal);
    }

    private static string Tool(string name, params string[] args)
    {
        var (code, stdout, stderr) = CliProcess.Process(Path.GetTempPath(), RealTools.OnPath(name), args);
        Assert.True(code == 0, $"{name}: {stderr}");
        return stdout;
    }

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex PagesLine();
}
