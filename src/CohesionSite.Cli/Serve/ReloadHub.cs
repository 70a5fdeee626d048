using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace CohesionSite.Cli.Serve;

/// <summary>
/// The server-sent-events endpoint open pages listen on. Each rebuild bumps <see cref="Version"/> and
/// broadcasts which pages changed; a page that connects late is told the current version on connect,
/// so an update that happened while it was loading is not missed.
/// </summary>
internal sealed class ReloadHub
{
    private readonly ConcurrentDictionary<int, Channel<string>> _clients = new();
    private int _next;
    private long _version;

    /// <summary>The build the pages served now come from.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>Open connections.</summary>
    public int Clients => _clients.Count;

    /// <summary>Starts a new version and tells every open page; <paramref name="paths"/> are the URL paths that changed (null: every page).</summary>
    public void Broadcast(IReadOnlyCollection<string>? paths)
    {
        var version = Interlocked.Increment(ref _version);
        var message = System.Text.Json.JsonSerializer.Serialize(new { version, all = paths is null, paths = paths ?? [] });
        foreach (var client in _clients.Values)
        {
            client.Writer.TryWrite(message);
        }
    }

    /// <summary>Holds one event-stream response open until the page goes away or the server stops.</summary>
    public async Task Serve(HttpContext http, CancellationToken stopping)
    {
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-store";
        var id = Interlocked.Increment(ref _next);
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        _clients[id] = channel;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
        try
        {
            await http.Response.WriteAsync($"retry: 1000\nevent: hello\ndata: {{\"version\":{Version}}}\n\n", linked.Token);
            await http.Response.Body.FlushAsync(linked.Token);
            await foreach (var message in channel.Reader.ReadAllAsync(linked.Token))
            {
                await http.Response.WriteAsync($"event: reload\ndata: {message}\n\n", linked.Token);
                await http.Response.Body.FlushAsync(linked.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed or the server is stopping: both end the stream normally.
        }
        finally
        {
            _clients.TryRemove(id, out _);
        }
    }
}
