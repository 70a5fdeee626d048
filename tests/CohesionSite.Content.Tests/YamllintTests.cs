using CohesionSite.Tests;

namespace CohesionSite.Content.Tests;

/// <summary>The repository's <c>.yamllint</c> (what editors running yamllint use) against the shipped YAML, with the real yamllint.</summary>
public sealed class YamllintTests
{
    [Fact]
    public void Yamllint_ShippedRepository_ReportsNothing()
    {
        var (code, stdout, stderr) = Yamllint(Repo.Root, ".");

        Assert.True(code == 0 && stdout.Length == 0, $"yamllint ({code}):\n{stdout}\n{stderr}");
    }

    [Fact]
    public void Yamllint_FileBreakingTheConventions_IsReported()
    {
        // The config must still catch what the content format forbids, not just switch rules off.
        var folder = Path.Combine(Path.GetTempPath(), "cohesion-yamllint-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.Copy(Path.Combine(Repo.Root, ".yamllint"), Path.Combine(folder, ".yamllint"));
            File.WriteAllText(Path.Combine(folder, "actions.yaml"), "---\nplan: {  state: none }\nplan: yes\n");

            var (code, stdout, _) = Yamllint(folder, "actions.yaml");

            Assert.NotEqual(0, code);
            Assert.Contains("(document-start)", stdout, StringComparison.Ordinal);
            Assert.Contains("(braces)", stdout, StringComparison.Ordinal);
            Assert.Contains("(key-duplicates)", stdout, StringComparison.Ordinal);
            Assert.Contains("(truthy)", stdout, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (int Code, string Stdout, string Stderr) Yamllint(string folder, string target) =>
        CliProcess.Process(folder, RealTools.OnPath("yamllint"), ["--strict", "--format", "parsable", target]);
}
