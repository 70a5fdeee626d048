using System.CommandLine;
using System.Net;
using CohesionSite.Cli.Commands;
using CohesionSite.Core.Settings;
using CohesionSite.Preview;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace CohesionSite.Cli.Serve;

/// <summary>
/// <c>cohesion serve</c>: builds the site into a private preview folder, serves it with Kestrel on
/// 127.0.0.1, watches the content, rules, templates and statiq.json, rebuilds what an edit touched and
/// reloads open pages. A broken edit leaves the last good site served with the errors over every page.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var content = CommonOptions.Content();
        var port = new Option<int>("--port") { Description = "Port to listen on", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host") { Description = "Address to listen on (an IP address or localhost)", DefaultValueFactory = _ => "127.0.0.1" };
        var linkRoot = new Option<string?>("--link-root") { Description = "Path prefix of every link (default: LinkRoot from statiq.json); the preview serves the site under it" };
        var command = new Command("serve", "Preview the site: build, serve on 127.0.0.1, rebuild and reload on every save")
        {
            config, content, port, host, linkRoot,
        };
        command.SetAction(parse => Run(parse.GetValue(config), parse.GetValue(content), parse.GetValue(port), parse.GetValue(host)!, parse.GetValue(linkRoot))
            .GetAwaiter().GetResult());
        return command;
    }

    private static async Task<int> Run(string? config, string? content, int port, string host, string? linkRoot)
    {
        if (port is < 1 or > 65535)
        {
            Console.Error.WriteLine($"error: --port {port} must be 1-65535");
            return ExitCodes.BadInput;
        }

        if (!TryAddress(host, out var address))
        {
            Console.Error.WriteLine($"error: --host '{host}' must be an IP address or localhost");
            return ExitCodes.BadInput;
        }

        if (linkRoot is not null && !SiteSettings.IsValidLinkRoot(linkRoot))
        {
            Console.Error.WriteLine($"error: --link-root '{linkRoot}' must start and end with '/' (e.g. / or /strategy/)");
            return ExitCodes.BadInput;
        }

        var ws = WorkspaceConsole.Open(config, content, null, Console.Error);
        if (ws is null)
        {
            return ExitCodes.BadInput;
        }

        using var preview = new PreviewRun(ws, config, content, linkRoot, Console.Out, Console.Error);
        await using var app = PreviewServer.Create(address, port, preview.Session, preview.Hub);
        try
        {
            // Bind before building, so a port in use is reported at once, not after a long build.
            await app.StartAsync();
        }
        catch (Exception e) when (PreviewServer.IsAddressInUse(e))
        {
            Console.Error.WriteLine($"error: cannot listen on {host}:{port}: the port is already in use; stop the other server or pass --port <free port>");
            return ExitCodes.BadInput;
        }

        preview.Start();
        var url = $"http://{(address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString())}:{port}{preview.Session.LinkRoot}";
        Console.Out.WriteLine($"serving {url} (preview files in {preview.Root}); Ctrl+C to stop");
        await app.WaitForShutdownAsync();
        await preview.StopAsync();
        Console.Out.WriteLine("stopped");
        return ExitCodes.Ok;
    }

    private static bool TryAddress(string host, out IPAddress address)
    {
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            address = IPAddress.Loopback;
            return true;
        }

        return IPAddress.TryParse(host, out address!);
    }
}
