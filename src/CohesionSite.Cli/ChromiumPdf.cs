using System.Diagnostics;

namespace CohesionSite.Cli;

/// <summary>
/// Prints a local HTML file to PDF with Debian's headless Chromium (the browser the browser tests
/// use; never a downloaded one). The browser is <c>/usr/bin/chromium</c> unless
/// <c>COHESION_CHROMIUM</c> names another, so the "not installed" answer can be tested.
/// </summary>
internal static class ChromiumPdf
{
    /// <summary>The variable that overrides where Chromium is.</summary>
    public const string Variable = "COHESION_CHROMIUM";

    /// <summary>Where Chromium is expected when <see cref="Variable"/> is unset.</summary>
    public const string DefaultPath = "/usr/bin/chromium";

    // A pack prints in a few seconds; a browser that hangs (a locked profile, no shared memory) must not hang the command.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>The Chromium to run, from <see cref="Variable"/> or the default path.</summary>
    public static string Executable => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } p ? p : DefaultPath;

    /// <summary>Why there is no Chromium to run (with how to install it), or null when there is one.</summary>
    public static string? Missing()
    {
        var path = Executable;
        return File.Exists(path)
            ? null
            : $"error: Chromium is needed to print the pack and is not at {path}; install it with `apt-get install -y chromium` (Debian's package; as root, or with sudo), or set {Variable} to its path";
    }

    /// <summary>Prints <paramref name="html"/> to <paramref name="pdf"/>; throws <see cref="IOException"/> saying why when no PDF came out.</summary>
    /// <param name="html">The page to print (a local file).</param>
    /// <param name="pdf">Where Chromium writes the PDF (a temporary file: the caller renames it into place).</param>
    /// <param name="profile">A private, empty folder for the browser profile (so a running Chromium's lock is never met).</param>
    public static void Print(string html, string pdf, string profile)
    {
        var psi = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--no-default-browser-check",
            "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw",
            $"--user-data-dir={profile}", $"--print-to-pdf={pdf}", new Uri(html).AbsoluteUri,
        })
        {
            psi.ArgumentList.Add(arg);
        }

        using var process = Process.Start(psi) ?? throw new IOException($"{Executable} did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new IOException($"Chromium did not finish printing the pack within {Timeout.TotalSeconds:0} s");
        }

        if (process.ExitCode != 0 || !IsPdf(pdf))
        {
            var last = stderr.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
            throw new IOException($"Chromium did not print the pack (exit {process.ExitCode}){(last is null ? string.Empty : ": " + last)}");
        }
    }

    // A whole PDF starts with its header and ends with its end-of-file mark (a killed writer leaves neither).
    private static bool IsPdf(string path)
    {
        if (!File.Exists(path) || new FileInfo(path).Length < 64)
        {
            return false;
        }

        var bytes = File.ReadAllBytes(path);
        var tail = System.Text.Encoding.ASCII.GetString(bytes, Math.Max(0, bytes.Length - 32), Math.Min(32, bytes.Length));
        return bytes.AsSpan(0, 5).SequenceEqual("%PDF-"u8) && tail.Contains("%%EOF", StringComparison.Ordinal);
    }
}
