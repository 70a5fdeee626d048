using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace CohesionSite.Core.Text;

/// <summary>
/// Regular expressions parsed once per process, keyed by pattern and options: the binder's model
/// patterns and the rules' body-name patterns are asked for again for every node or strategy, and
/// parsing one costs far more than matching it. Bounded, so a long-running <c>serve</c> over
/// changing content cannot grow it without end.
/// </summary>
public static class RegexCache
{
    /// <summary>How many patterns the cache holds before it starts again.</summary>
    public const int Capacity = 4096;

    private static readonly ConcurrentDictionary<(string Pattern, RegexOptions Options), Regex> Patterns = new();

    /// <summary>
    /// The parsed <paramref name="pattern"/> with <paramref name="options"/>. No match timeout: callers
    /// pass patterns that cannot backtrack badly (a wall-clock timeout fired under GC pauses on a
    /// loaded machine, aborting a check at 100k actions).
    /// </summary>
    public static Regex Get(string pattern, RegexOptions options = RegexOptions.None)
    {
        if (Patterns.TryGetValue((pattern, options), out var cached))
        {
            return cached;
        }

        if (Patterns.Count >= Capacity)
        {
            Patterns.Clear();
        }

        return Patterns.GetOrAdd((pattern, options), key => new Regex(key.Pattern, key.Options, Regex.InfiniteMatchTimeout));
    }
}
