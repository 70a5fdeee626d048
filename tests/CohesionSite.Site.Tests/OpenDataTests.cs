using System.Text;
using System.Text.Json;
using CohesionSite.Tests;

namespace CohesionSite.Site.Tests;

/// <summary>Open data a reuser can use: every record present, a data dictionary, a licence, place names, UTF-8 with BOM, plain-text cells, no empty files.</summary>
public sealed class OpenDataTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Fact]
    public void IndicatorsCsv_IndicatorsWithoutFigures_EveryIndicatorWithItsNationalCode()
    {
        // Northamptonshire names 9 indicators and gives no figure for any: the file used to be a header row.
        var strategy = site.Content.StrategyById["northamptonshire-2007"];
        var rows = Rows(Path.Combine(site.Output, "data", strategy.Id, "northamptonshire-2007-indicators.csv"));

        Assert.Equal(strategy.Indicators.Count, rows.Length - 1);
        var code = Array.IndexOf(rows[0], "code");
        foreach (var i in strategy.Indicators)
        {
            var row = rows.Single(r => r[1] == i.Id);
            var expected = i.Code ?? (i.National is { } n ? site.Content.National.IndicatorById[n].Code : null) ?? string.Empty;
            Assert.Equal(expected, row[code]);
        }

        Assert.Contains(rows, r => r[code] == "NI 5");
        Assert.False(File.Exists(Path.Combine(site.Output, "data", strategy.Id, "northamptonshire-2007-indicator-figures.csv")), "a file with no figures is not published");
    }

    [Fact]
    public void EveryCsv_ShippedSite_BomThenHeaderOfItsDictionaryAndAtLeastOneRow()
    {
        foreach (var folder in Directory.GetDirectories(Path.Combine(site.Output, "data")))
        {
            var id = Path.GetFileName(folder);
            if (Directory.GetFiles(folder).Length == 0)
            {
                // The build makes every strategy's folders up front; one with nothing to publish stays empty and unlisted.
                continue;
            }

            using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "datapackage.json")));
            var resources = package.RootElement.GetProperty("resources").EnumerateArray().ToDictionary(r => r.GetProperty("path").GetString()!, r => r);

            // Every file is in the dictionary and every dictionary entry is a file, named with the place.
            Assert.Equal(Directory.GetFiles(folder).Select(Path.GetFileName).Where(f => f != "datapackage.json").Order(), resources.Keys.Order());
            Assert.All(resources.Keys, f => Assert.StartsWith(id + "-", f, StringComparison.Ordinal));
            foreach (var csv in Directory.GetFiles(folder, "*.csv"))
            {
                var bytes = File.ReadAllBytes(csv);
                Assert.True(bytes.AsSpan().StartsWith(Bom), $"{csv}: no UTF-8 byte-order mark");
                var rows = Rows(csv);
                Assert.True(rows.Length > 1, $"{csv}: an empty file is published");
                var fields = resources[Path.GetFileName(csv)].GetProperty("schema").GetProperty("fields").EnumerateArray().ToArray();
                Assert.Equal(fields.Select(f => f.GetProperty("name").GetString()), rows[0]);
                Assert.All(fields, f => Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("description").GetString())));
            }
        }
    }

    [Fact]
    public void Csv_MarkdownAndFormulaInContent_PlainTextAndNeutralised()
    {
        using var temp = new TempDir();
        var content = Fixture.Write(temp.Path);
        var actions = Path.Combine(content, "demo", "actions.yaml");
        File.WriteAllText(actions, File.ReadAllText(actions)
            .Replace("Twin schools from different faiths", "Twin **schools** from `different` [faiths](https://example.org/f)", StringComparison.Ordinal)
            .Replace("Train community leaders", "=HYPERLINK(\\\"https://evil.example\\\",\\\"x\\\")", StringComparison.Ordinal));
        var loaded = Fixture.Load(content);
        var output = Path.Combine(temp.Path, "out");
        var result = SiteBuilder.Build(new SiteBuildRequest { Settings = Fixture.Settings(), Content = loaded, Report = Fixture.Report(loaded) }, output);
        Assert.True(result.Success, string.Join("\n", result.Errors));

        var rows = Rows(Path.Combine(output, "data", "demo", "demo-actions.csv"));
        var text = Array.IndexOf(rows[0], "text");
        Assert.Contains(rows, r => r[text] == "Twin schools from different faiths");
        Assert.Contains(rows, r => r[text] == "'=HYPERLINK(\"https://evil.example\",\"x\")");
        Assert.DoesNotContain(rows.SelectMany(r => r), c => c.Contains("**", StringComparison.Ordinal) || c.Contains('`') || c.Contains("](", StringComparison.Ordinal));
    }

    [Fact]
    public void DataPage_ShippedSite_LinksNamePlaceAndFileAndOnlyExistingFiles()
    {
        var doc = SiteFiles.Parse(Path.Combine(site.Output, "data", "index.html"));
        var links = doc.QuerySelectorAll("main ul.data-files a").ToArray();
        Assert.NotEmpty(links);
        foreach (var a in links)
        {
            var href = a.GetAttribute("href")!;
            var file = Path.GetFileName(href);
            var id = href.Split('/')[^2];
            Assert.True(File.Exists(Path.Combine(site.Output, href.TrimStart('/'))), href);
            Assert.Contains(file, a.TextContent, StringComparison.Ordinal);
            Assert.StartsWith(site.Content.StrategyById[id].Strategy.Area + ":", a.TextContent, StringComparison.Ordinal);
        }

        // East Midlands has no action plan or indicators: nothing of theirs is offered.
        Assert.DoesNotContain(links, a => a.GetAttribute("href")!.Contains("east-midlands-2009-actions", StringComparison.Ordinal) || a.GetAttribute("href")!.Contains("east-midlands-2009-indicators", StringComparison.Ordinal));
        Assert.Contains("Open Government Licence v3.0", doc.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void DataPackage_StrategyLicence_OverridesSiteDefault()
    {
        using var temp = new TempDir();
        var content = Fixture.Write(temp.Path);
        File.AppendAllText(Path.Combine(content, "demo", "strategy.yaml"), "\ndataLicence: { name: CC-BY-4.0, title: Creative Commons Attribution 4.0, path: \"https://creativecommons.org/licenses/by/4.0/\" }\n");
        var loaded = Fixture.Load(content);
        var output = Path.Combine(temp.Path, "out");
        var result = SiteBuilder.Build(new SiteBuildRequest { Settings = Fixture.Settings(), Content = loaded, Report = Fixture.Report(loaded) }, output);
        Assert.True(result.Success, string.Join("\n", result.Errors));

        Assert.Equal("CC-BY-4.0", Licence(Path.Combine(output, "data", "demo", "datapackage.json")));
        Assert.Equal("OGL-UK-3.0", Licence(Path.Combine(site.Output, "data", "demo", "datapackage.json")));
        Assert.Contains("Licence: Creative Commons Attribution 4.0", SiteFiles.Parse(Path.Combine(output, "data", "index.html")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void DataPackages_ShippedSite_ValidForTheFrictionlessLibrary()
    {
        var library = Path.GetDirectoryName(Path.GetDirectoryName(RealTools.Npm("node_modules/datapackage/package.json")))!;
        var packages = Directory.GetFiles(Path.Combine(site.Output, "data"), "datapackage.json", SearchOption.AllDirectories);
        var (code, stdout, stderr) = CliProcess.Process(site.Output, "node", [Path.Combine(AppContext.BaseDirectory, "Tools", "validate-datapackage.js"), .. packages],
            new Dictionary<string, string> { ["NODE_PATH"] = library });

        Assert.True(code == 0, stdout + stderr);
        // Every CSV was read and cast, not only the descriptors checked.
        Assert.Equal(Directory.GetFiles(Path.Combine(site.Output, "data"), "*.csv", SearchOption.AllDirectories).Length, stdout.Split('\n').Count(l => l.EndsWith("rows cast", StringComparison.Ordinal)));
    }

    [Fact]
    public void Csv_OpenedInCalc_BomReadAsSignatureAndDashKept()
    {
        // Excel needs the BOM to read UTF-8; Calc (its default Text CSV options: UTF-8) must not show it as text in the first header.
        using var temp = new TempDir();
        var csv = Path.Combine(site.Output, "data", "walsall-2008", "walsall-2008-actions.csv");
        Assert.Contains("–", File.ReadAllText(csv), StringComparison.Ordinal);
        var soffice = RealTools.OnPath("soffice");
        var profile = Path.Combine(temp.Path, "profile");
        var (code, stdout, stderr) = CliProcess.Process(temp.Path, soffice,
            [$"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--infilter=CSV:44,34,76,1", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", Path.Combine(temp.Path, "out"), csv]);
        var resaved = Path.Combine(temp.Path, "out", Path.GetFileName(csv));
        Assert.True(code == 0 && File.Exists(resaved), stdout + stderr);

        var calc = Rows(resaved);
        var ours = Rows(csv);
        Assert.Equal("strategy", calc[0][0]);
        Assert.Equal(ours.Length, calc.Length);
        // Every cell reads back as written: the dash, the quotes and the line breaks inside cells.
        Assert.Equal(ours.SelectMany(r => r), calc.SelectMany(r => r));
    }

    private static string? Licence(string package)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(package));
        return doc.RootElement.GetProperty("licenses")[0].GetProperty("name").GetString();
    }

    // RFC 4180 rows (quoted cells may hold commas, quotes and line breaks); the BOM is not part of the first header.
    internal static string[][] Rows(string file)
    {
        var text = File.ReadAllText(file, Encoding.UTF8).TrimStart('\uFEFF');
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n' || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
            {
                // Ours end rows with CRLF (RFC 4180), Calc with LF.
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add([.. row]);
                row.Clear();
                i += c == '\r' ? 1 : 0;
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            rows.Add([.. row]);
        }

        return [.. rows];
    }
}
