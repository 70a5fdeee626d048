using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CohesionSite.Preview.Tests;

/// <summary>
/// <c>cohesion serve</c> as a user runs it: a real process on a free loopback port, over a temporary
/// copy of the shipped content. Killed (with its children) and cleaned up on dispose.
/// </summary>
public sealed class ServeProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _stdout = new();
    private readonly ConcurrentQueue<string> _stderr = new();

    private ServeProcess(Process process, string repo, int port)
    {
        _process = process;
        Repo = repo;
        Port = port;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { _stdout.Enqueue(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { _stderr.Enqueue(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The temporary repository (statiq.json, content/).</summary>
    public string Repo { get; }

    /// <summary>The port it listens on.</summary>
    public int Port { get; }

    /// <summary>Standard output so far.</summary>
    public string Stdout => string.Join("\n", _stdout);

    /// <summary>Standard error so far.</summary>
    public string Stderr => string.Join("\n", _stderr);

    /// <summary>The process.</summary>
    public Process Process => _process;

    /// <summary>Writes a temporary repository with the shipped content and starts <c>serve</c> on it; waits until it says it is serving.</summary>
    public static async Task<ServeProcess> Start(params string[] extra)
    {
        var repo = NewRepo();
        var port = FreePort();
        var process = StartCli(repo, ["serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--config", Path.Combine(repo, "statiq.json"), .. extra]);
        var serve = new ServeProcess(process, repo, port);
        var clock = Stopwatch.StartNew();
        while (!serve.Stdout.Contains("serving http://", StringComparison.Ordinal))
        {
            if (process.HasExited || clock.Elapsed > StartTimeout)
            {
                var why = $"serve did not start (exited: {process.HasExited}).\nstdout:\n{serve.Stdout}\nstderr:\n{serve.Stderr}";
                await serve.DisposeAsync();
                throw new InvalidOperationException(why);
            }

            await Task.Delay(100);
        }

        return serve;
    }

    /// <summary>A repository folder with statiq.json and a copy of the shipped content (the tool's built-in rules apply).</summary>
    public static string NewRepo()
    {
        var repo = Path.Combine(Path.GetTempPath(), "cohesion-serve-tests", Guid.NewGuid().ToString("N"));
        var shipped = Path.Combine(RepoRoot(), "content");
        foreach (var file in Directory.GetFiles(shipped, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(repo, "content", Path.GetRelativePath(shipped, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.WriteAllText(Path.Combine(repo, "statiq.json"), "{ \"SiteTitle\": \"Preview test\", \"AsOf\": \"2010-04-01\", \"OutputPath\": \"published\" }");
        return repo;
    }

    /// <summary>
    /// Starts the CLI with <paramref name="args"/>, output redirected, with Ctrl+C (SIGINT) and SIGQUIT
    /// at their defaults. A test run started in the background (<c>bash scripts/test.sh &amp;</c>, as CI
    /// or a script may) inherits them ignored, as every background job does, and a server that ignores
    /// SIGINT cannot be stopped the way a person stops it; perl (in every Debian install) restores them
    /// and execs, so the process started is the server itself.
    /// </summary>
    public static Process StartCli(string workingDirectory, IEnumerable<string> args)
    {
        var psi = new ProcessStartInfo("perl") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add("-e");
        psi.ArgumentList.Add("$SIG{INT} = 'DEFAULT'; $SIG{QUIT} = 'DEFAULT'; exec { $ARGV[0] } @ARGV or die \"cannot run $ARGV[0]: $!\"");
        psi.ArgumentList.Add("dotnet");
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "cohesion.dll"));
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        return Process.Start(psi)!;
    }

    /// <summary>A loopback port nobody listens on right now.</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>The site's root URL.</summary>
    public string Url(string path = "") => $"http://127.0.0.1:{Port}/{path.TrimStart('/')}";

    /// <summary>Replaces the first line of a content file that starts with <paramref name="prefix"/>.</summary>
    public void EditLine(string file, string prefix, string line)
    {
        var path = Path.Combine(Repo, "content", file);
        var lines = File.ReadAllLines(path);
        var i = Array.FindIndex(lines, l => l.StartsWith(prefix, StringComparison.Ordinal));
        Assert.True(i >= 0, $"no line starting with '{prefix}' in {file}");
        lines[i] = line;
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
    }

    /// <summary>Sends SIGINT (Ctrl+C) and waits for the exit code.</summary>
    public async Task<int> Interrupt()
    {
        using (var kill = Process.Start("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Say what the server was doing, so a hang on shutdown can be diagnosed from the test log.
            throw new TimeoutException($"serve did not exit within 60 s of SIGINT.\nstdout:\n{Stdout}\nstderr:\n{Stderr}");
        }

        _process.WaitForExit(); // flushes the redirected output
        return _process.ExitCode;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(Repo, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans the temporary folder.
        }
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CohesionSite.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CohesionSite.sln not found above " + AppContext.BaseDirectory);
    }
}
