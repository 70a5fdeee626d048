using System.Net;
using System.Text;
using CohesionSite.Preview;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CohesionSite.Cli.Serve;

/// <summary>
/// Kestrel serving the session's last good site under LinkRoot, straight from its private folder:
/// HTML pages get the overlay and the reload script on the way out; nothing is cached by the browser.
/// </summary>
internal static class PreviewServer
{
    private static readonly FileExtensionContentTypeProvider Types = new();

    /// <summary>Creates (but does not start) the server.</summary>
    public static WebApplication Create(IPAddress address, int port, PreviewSession session, ReloadHub hub)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = session.PreviewRoot });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);

        // A failed start (a port in use) is reported by serve in one line; the host's own log of it is a 25-line stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.WebHost.ConfigureKestrel(k => k.Listen(address, port));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        var app = builder.Build();
        var stopping = app.Lifetime.ApplicationStopping;
        app.MapGet(PreviewAssets.Events, http => ReloadEvents.Serve(http, hub, stopping));
        app.MapGet(PreviewAssets.ReloadScript, http => Text(http, PreviewAssets.ReloadJs, "text/javascript; charset=utf-8"));
        app.MapGet(PreviewAssets.OverlayCss, http => Text(http, PreviewAssets.Css, "text/css; charset=utf-8"));
        app.MapFallback("{**path}", http => ServeSite(http, session, hub));
        return app;
    }

    /// <summary>True when starting failed because something else listens on the port.</summary>
    public static bool IsAddressInUse(Exception e) =>
        e is Microsoft.AspNetCore.Connections.AddressInUseException
        || (e is IOException && (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException
            || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase)));

    private static async Task ServeSite(HttpContext http, PreviewSession session, ReloadHub hub)
    {
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var root = session.LinkRoot;
        var path = http.Request.Path.Value ?? "/";
        http.Response.Headers.CacheControl = "no-store";
        if (!path.StartsWith(root, StringComparison.Ordinal))
        {
            // The site lives under LinkRoot, as it will when published in a subfolder.
            if (path == "/" || path + "/" == root)
            {
                http.Response.Redirect(root);
                return;
            }

            await Html(http, StatusCodes.Status404NotFound, PageInjector.Standalone(session.Errors, hub.Version)
                .Replace("The site is being built.", $"Nothing here: the site is served under {WebUtility.HtmlEncode(root)}", StringComparison.Ordinal));
            return;
        }

        if (session.Site is not { } site)
        {
            await Html(http, session.Errors.Count > 0 ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable, PageInjector.Standalone(session.Errors, hub.Version));
            return;
        }

        var relative = Uri.UnescapeDataString(path[root.Length..]);
        var folder = Path.GetFullPath(site.Folder) + Path.DirectorySeparatorChar;
        var file = Path.GetFullPath(Path.Combine(folder, relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative));
        if (!file.StartsWith(folder, StringComparison.Ordinal) || relative.Contains('\\'))
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (Directory.Exists(file))
        {
            http.Response.Redirect(path + "/" + http.Request.QueryString);
            return;
        }

        var status = StatusCodes.Status200OK;
        if (!File.Exists(file))
        {
            status = StatusCodes.Status404NotFound;
            file = Path.Combine(folder, "404.html");
        }

        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file, http.RequestAborted);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A full rebuild just switched folders under this request; the next one finds the new site.
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            http.Response.Headers.RetryAfter = "1";
            return;
        }

        if (file.EndsWith(".html", StringComparison.Ordinal))
        {
            await Html(http, status, PageInjector.Inject(Encoding.UTF8.GetString(bytes), session.Errors, hub.Version));
            return;
        }

        http.Response.StatusCode = status;
        http.Response.ContentType = Types.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        http.Response.ContentLength = bytes.Length;
        if (HttpMethods.IsGet(http.Request.Method))
        {
            await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
        }
    }

    private static Task Html(HttpContext http, int status, string html)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html; charset=utf-8";
        return HttpMethods.IsHead(http.Request.Method) ? Task.CompletedTask : http.Response.WriteAsync(html, http.RequestAborted);
    }

    private static Task Text(HttpContext http, string text, string type)
    {
        http.Response.ContentType = type;
        http.Response.Headers.CacheControl = "no-store";
        return http.Response.WriteAsync(text, http.RequestAborted);
    }
}
