using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using CohesionSite.Workspace;

namespace CohesionSite.Cli.Tests;

/// <summary>The CLI packs as a .NET tool that installs into a folder and works from any content repository.</summary>
[Trait(CohesionSite.Tests.TestCategory.Name, CohesionSite.Tests.TestCategory.Slow)]
public sealed class PackagingTests : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private readonly string _temp = Path.Combine(Path.GetTempPath(), "cohesion-pack-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_temp, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public void PackedTool_InstalledIntoAFolder_ValidatesAndExportsACopyOfTheContent()
    {
        var feed = Path.Combine(_temp, "feed");
        var tools = Path.Combine(_temp, "tools");
        var repo = Path.Combine(_temp, "repo");
        // --no-build packs what the solution build already made for this configuration.
        var project = Path.Combine(RepositoryRoot.Path, "src", "CohesionSite.Cli", "CohesionSite.Cli.csproj");
        var pack = Dotnet(RepositoryRoot.Path, "pack", project, "-c", Configuration, "--no-build", "-o", feed);
        Assert.True(pack.Code == 0, pack.Stdout + pack.Stderr);
        var version = Path.GetFileNameWithoutExtension(Assert.Single(Directory.GetFiles(feed, "*.nupkg")))["CohesionSite.Cli.".Length..];

        var install = Dotnet(_temp, "tool", "install", "CohesionSite.Cli", "--tool-path", tools, "--add-source", feed, "--version", version, "--ignore-failed-sources");
        Assert.True(install.Code == 0, install.Stdout + install.Stderr);

        Directory.CreateDirectory(repo);
        File.Copy(Path.Combine(RepositoryRoot.Path, "statiq.json"), Path.Combine(repo, "statiq.json"));
        TempRepo.CopyFolder(RepositoryRoot.Content, Path.Combine(repo, "content"));
        var cohesion = Path.Combine(tools, RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "cohesion.exe" : "cohesion");

        var validate = Tool(repo, cohesion, "validate");
        Assert.True(validate.Code == 0, validate.Stderr);
        Assert.StartsWith("valid: 5 strategies", validate.Stdout);

        var export = Tool(repo, cohesion, "export", "--format", "xlsx", "--strategy", "walsall-2008");
        Assert.True(export.Code == 0, export.Stderr);
        Assert.True(File.Exists(Path.Combine(repo, "walsall-2008.xlsx")));
    }

    [Fact]
    public void PackedTool_HoldsNoDeveloperTools()
    {
        var feed = Path.Combine(_temp, "feed");
        var project = Path.Combine(RepositoryRoot.Path, "src", "CohesionSite.Cli", "CohesionSite.Cli.csproj");
        var pack = Dotnet(RepositoryRoot.Path, "pack", project, "-c", Configuration, "--no-build", "-o", feed);
        Assert.True(pack.Code == 0, pack.Stdout + pack.Stderr);

        using var package = ZipFile.OpenRead(Assert.Single(Directory.GetFiles(feed, "*.nupkg")));
        var files = package.Entries.Select(e => e.FullName).ToArray();
        Assert.DoesNotContain(files, f => f.Contains("cohesion-tools", StringComparison.OrdinalIgnoreCase) || f.Contains("CohesionSite.Tools", StringComparison.Ordinal));
        var namespaces = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dll in package.Entries.Where(e => Path.GetFileName(e.FullName).StartsWith("cohesion", StringComparison.OrdinalIgnoreCase) && e.FullName.EndsWith(".dll", StringComparison.Ordinal)))
        {
            using var copy = new MemoryStream();
            using (var stream = dll.Open())
            {
                stream.CopyTo(copy);
            }

            copy.Position = 0;
            using var pe = new PEReader(copy);
            var metadata = pe.GetMetadataReader();
            namespaces.UnionWith(metadata.TypeDefinitions.Select(t => metadata.GetString(metadata.GetTypeDefinition(t).Namespace)));
        }

        Assert.Contains("CohesionSite.Cli.Commands", namespaces);
        Assert.DoesNotContain(namespaces, n => n.Contains("Bench", StringComparison.Ordinal) || n.Contains("Synthetic", StringComparison.Ordinal) || n.StartsWith("CohesionSite.Tools", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_RepositoryFolderExists_WinsOverTheBuiltIn()
    {
        var repoRules = Directory.CreateDirectory(Path.Combine(_temp, "repo", "rules")).FullName;
        var tool = Directory.CreateDirectory(Path.Combine(_temp, "tool", DefaultsLocator.Folder, "rules")).Parent!.Parent!.FullName;
        Assert.Equal(repoRules, DefaultsLocator.Resolve(repoRules, tool, "rules"));
    }

    [Fact]
    public void Resolve_NoRepositoryFolder_FallsBackToTheBuiltInThenToNothing()
    {
        var tool = Directory.CreateDirectory(Path.Combine(_temp, "tool", DefaultsLocator.Folder, "rules")).Parent!.Parent!.FullName;
        var missing = Path.Combine(_temp, "repo", "rules");
        Assert.Equal(Path.Combine(tool, DefaultsLocator.Folder, "rules"), DefaultsLocator.Resolve(missing, tool, "rules"));
        Assert.Null(DefaultsLocator.Resolve(missing, tool, "templates"));
    }

    private static (int Code, string Stdout, string Stderr) Dotnet(string cwd, params string[] args) => CliProcess.Process(cwd, "dotnet", args);

    private static (int Code, string Stdout, string Stderr) Tool(string cwd, string cohesion, params string[] args)
    {
        // The tool's launcher finds the runtime through DOTNET_ROOT when dotnet is not in a default place.
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        return CliProcess.Process(cwd, cohesion, args, new Dictionary<string, string> { ["DOTNET_ROOT"] = root });
    }
}
