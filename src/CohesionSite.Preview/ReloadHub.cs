using System.Collections.Concurrent;
using System.Threading.Channels;

namespace CohesionSite.Preview;

/// <summary>
/// Tells open pages about rebuilds. Each rebuild bumps <see cref="Version"/> and broadcasts which
/// pages changed to every subscriber (one per open page's event stream, which the host serves); a
/// page that connects late is told the current version on connect, so an update that happened while
/// it was loading is not missed. Knows nothing of HTTP.
/// </summary>
public sealed class ReloadHub
{
    private readonly ConcurrentDictionary<int, Channel<string>> _clients = new();
    private int _next;
    private long _version;

    /// <summary>The build the pages served now come from.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>Open subscriptions.</summary>
    public int Clients => _clients.Count;

    /// <summary>Starts a new version and tells every subscriber; <paramref name="paths"/> are the URL paths that changed (null: every page).</summary>
    public void Broadcast(IReadOnlyCollection<string>? paths)
    {
        var version = Interlocked.Increment(ref _version);
        var message = System.Text.Json.JsonSerializer.Serialize(new { version, all = paths is null, paths = paths ?? [] });
        foreach (var client in _clients.Values)
        {
            client.Writer.TryWrite(message);
        }
    }

    /// <summary>A new subscription: the reload messages (JSON) from now on; dispose it when the page goes away.</summary>
    public Subscription Subscribe()
    {
        var id = Interlocked.Increment(ref _next);
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        _clients[id] = channel;
        return new Subscription(this, id, channel.Reader);
    }

    /// <summary>One open page's reload messages.</summary>
    public sealed class Subscription : IDisposable
    {
        private readonly ReloadHub _hub;
        private readonly int _id;

        internal Subscription(ReloadHub hub, int id, ChannelReader<string> messages)
        {
            _hub = hub;
            _id = id;
            Messages = messages;
        }

        /// <summary>The reload messages, as JSON (<c>{"version":3,"all":false,"paths":["/x/"]}</c>).</summary>
        public ChannelReader<string> Messages { get; }

        /// <inheritdoc/>
        public void Dispose() => _hub._clients.TryRemove(_id, out _);
    }
}
