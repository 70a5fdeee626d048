using CohesionSite.Preview;
using Microsoft.AspNetCore.Http;

namespace CohesionSite.Cli.Serve;

/// <summary>The server-sent-events endpoint open pages listen on: the hub's messages, one event each.</summary>
internal static class ReloadEvents
{
    /// <summary>Holds one event-stream response open until the page goes away or the server stops.</summary>
    public static async Task Serve(HttpContext http, ReloadHub hub, CancellationToken stopping)
    {
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-store";
        using var subscription = hub.Subscribe();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
        try
        {
            await http.Response.WriteAsync($"retry: 1000\nevent: hello\ndata: {{\"version\":{hub.Version}}}\n\n", linked.Token);
            await http.Response.Body.FlushAsync(linked.Token);
            await foreach (var message in subscription.Messages.ReadAllAsync(linked.Token))
            {
                await http.Response.WriteAsync($"event: reload\ndata: {message}\n\n", linked.Token);
                await http.Response.Body.FlushAsync(linked.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed or the server is stopping: both end the stream normally.
        }
    }
}
