using System.Text.RegularExpressions;
using CohesionSite.Content;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;
using CohesionSite.Core.Settings;
using CohesionSite.Site;

namespace CohesionSite.Site.Tests;

/// <summary>
/// The demo fixture (every page type filled), written to a temporary folder with each «text» token
/// replaced: by its own text for normal builds, or by a hostile payload for the XSS test.
/// </summary>
public static partial class Fixture
{
    /// <summary>Script tags, attribute-breaking quotes, an event handler, javascript: links (Markdown and HTML) and template syntax.</summary>
    public const string Payload = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)> [click](javascript:alert(3)) <a href=\"javascript:alert(4)\">a</a> {{ page.title }} ![i](https://evil.example/x.png)";

    /// <summary>A URL that passes the loader's pattern but tries to break out of an attribute.</summary>
    public const string PayloadUrl = "https://evil.example/\"onmouseover=\"alert(5)";

    public static string RepoRoot => CohesionSite.Tests.RepositoryRoot.Path;

    /// <summary>Writes the fixture content (optionally on top of the shipped content) and returns the content folder.</summary>
    public static string Write(string root, bool hostile = false, bool withShipped = false)
    {
        var content = Path.Combine(root, "content");
        if (withShipped)
        {
            Copy(Path.Combine(RepoRoot, "content"), content, s => s);
        }

        Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "content"), content, text => Token().Replace(text, m =>
        {
            var inner = m.Groups[1].Value;
            if (!hostile)
            {
                return inner.StartsWith("url:", StringComparison.Ordinal) ? inner[4..] : inner;
            }

            var value = inner.StartsWith("url:", StringComparison.Ordinal) ? PayloadUrl : Payload + " " + inner;
            return value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        }));
        return content;
    }

    /// <summary>Loads a content folder and fails the test on any diagnostic error.</summary>
    public static ContentSet Load(string content)
    {
        var result = ContentLoader.Load(content);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Content!;
    }

    public static SiteSettings Settings(string linkRoot = "/") => new()
    {
        SiteTitle = "Cohesion test site",
        AsOf = new PartialDate(2010, 4, 1, DatePrecision.Day),
        LinkRoot = linkRoot,
        EditRoot = "https://example.org/repo/blob/main",
        Host = "example.org",
        AccessibilityContact = "access@example.org",
        DataLicence = new Licence { Name = "OGL-UK-3.0", Title = "Open Government Licence v3.0", Path = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" },
    };

    /// <summary>
    /// The test settings with the shipped statiq.json's own words: its title, known accessibility
    /// issues and their Welsh (what the shipped site's Welsh pages show).
    /// </summary>
    public static SiteSettings ShippedSettings()
    {
        var (shipped, diagnostics) = SettingsLoader.Load(Path.Combine(RepoRoot, "statiq.json"));
        Assert.True(shipped is not null, string.Join("\n", diagnostics));
        return Settings() with { SiteTitle = shipped.SiteTitle, AccessibilityIssues = shipped.AccessibilityIssues, Translations = shipped.Translations };
    }

    /// <summary>A gap report with findings of each shape the site shows: on an action, a priority, a matrix cell, a waived one and one without a mark.</summary>
    public static GapReport Report(ContentSet content)
    {
        var demo = content.StrategyById["demo"];
        var rules = new[]
        {
            new RuleInfo { Id = "action-rag-red", Severity = Severity.Warning, Group = "action-quality", Title = "Action rated red", Rationale = "A red action is very off track." },
            new RuleInfo { Id = "action-no-milestone", Severity = Severity.Warning, Group = "action-quality", Title = "Action without a milestone", Rationale = "Without a milestone nobody can tell whether it is late." },
            new RuleInfo { Id = "matrix-cell-empty", Severity = Severity.Warning, Group = "coverage", Title = "Empty framework cell", Rationale = "The framework promises coverage." },
            new RuleInfo { Id = "outcome-no-indicator", Severity = Severity.Info, Group = "coverage", Title = "Outcome without an indicator", Rationale = "Nobody can tell whether it improves." },
            new RuleInfo { Id = "plan-missing", Severity = Severity.Warning, Group = "coverage", Title = "Announced action plan missing", Rationale = "One gap leaves many promises undelivered." },
        };
        var a = demo.ActionById["1.2.2"];
        var findings = new[]
        {
            new Finding { RuleId = "action-rag-red", Severity = Severity.Warning, Strategy = "demo", TargetKind = TargetKind.Action, Target = "1.2.2", Mark = a.Mark, Message = "Action 1.2.2 is rated red; say what will bring it back on track." },
            new Finding { RuleId = "action-no-milestone", Severity = Severity.Warning, Strategy = "demo", TargetKind = TargetKind.Action, Target = "1.2.2", Mark = a.Mark, Message = "Action 1.2.2 has no milestone (the plan went for decision on 2008-10-22); add one with `due:` (yyyy-MM)." },
            new Finding { RuleId = "matrix-cell-empty", Severity = Severity.Warning, Strategy = "demo", TargetKind = TargetKind.MatrixCell, Target = "demo-principles/mutual-respect×demo-priorities/leadership", Mark = demo.Strategy.Matrix!.Mark, Message = "No action covers Mutual respect × Leadership." },
            new Finding
            {
                RuleId = "outcome-no-indicator", Severity = Severity.Info, Strategy = "demo", TargetKind = TargetKind.Outcome, Target = "no-indicator", Mark = demo.OutcomeById["no-indicator"].Mark,
                Message = "Outcome no-indicator has no indicator.",
                Waiver = new Waiver { Rule = "outcome-no-indicator", Target = "no-indicator", Reason = "Measured by the annual survey from 2011", Owner = "Demo Partnership board" },
            },
            new Finding { RuleId = "action-rag-red", Severity = Severity.Warning, Strategy = "demo", TargetKind = TargetKind.Action, Target = "9.9.9", Mark = SourceMark.None, Message = "An action the site does not know still links to the plan." },
            new Finding
            {
                RuleId = "plan-missing", Severity = Severity.Warning, Strategy = "demo", TargetKind = TargetKind.Strategy, Target = "demo", Mark = demo.Strategy.Mark,
                Message = "The announced plan is missing, so 2 items have no action.",
                Members =
                [
                    new FindingMember { TargetKind = TargetKind.Outcome, Target = "no-indicator", Title = "An outcome nobody measures", Mark = demo.OutcomeById["no-indicator"].Mark },
                    new FindingMember { TargetKind = TargetKind.Action, Target = "1.2.2", Title = "A red action", Mark = a.Mark },
                ],
            },
        };
        return new GapReport(rules, findings, new PartialDate(2010, 4, 1, DatePrecision.Day));
    }

    /// <summary>The content dates the fixture builds show: fixed, so the golden pages do not change with the calendar.</summary>
    public static ContentDates Dates { get; } = new(new Dictionary<string, DateOnly> { ["demo"] = new(2010, 5, 6) }, new DateOnly(2010, 6, 7), FromGit: true);

    /// <summary>The build date of the fixture builds (after the demo strategy's 2008-2011 period: it is historic).</summary>
    public static DateOnly Today { get; } = new(2026, 12, 2);

    /// <summary>Builds the fixture site into <paramref name="output"/> and fails the test on build errors.</summary>
    public static SiteBuildResult Build(string root, string output, bool hostile = false, bool withShipped = false, string linkRoot = "/")
    {
        var content = Load(Write(root, hostile, withShipped));
        var result = SiteBuilder.Build(new SiteBuildRequest { Settings = Settings(linkRoot), Content = content, Report = Report(content), Updated = Dates, Today = Today }, output);
        Assert.True(result.Success, string.Join("\n", result.Errors));
        return result;
    }

    private static void Copy(string from, string to, Func<string, string> transform)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, transform(File.ReadAllText(file)));
        }
    }

    [GeneratedRegex("«([^»]*)»")]
    private static partial Regex Token();
}

/// <summary>A temporary folder deleted at the end of a test.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cohesion-site-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A browser may still hold a file open; the OS cleans the temp folder.
        }
    }
}
