using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace CohesionSite.Core.Model;

/// <summary>
/// A read-only map from a few string keys to values, kept as two arrays and searched in order.
/// Every model node carries its field marks in one: a node has a handful of fields, where a
/// <see cref="Dictionary{TKey, TValue}"/> per node (buckets, entries, the object) was most of the
/// memory and garbage of loading large content.
/// </summary>
/// <typeparam name="TValue">What a key maps to.</typeparam>
public sealed class SmallMap<TValue> : IReadOnlyDictionary<string, TValue>
{
    private readonly string[] _keys;
    private readonly TValue[] _values;

    /// <summary>A map of <paramref name="keys"/> to <paramref name="values"/> (same length, keys distinct, ordinal).</summary>
    public SmallMap(string[] keys, TValue[] values)
    {
        if (keys.Length != values.Length)
        {
            throw new ArgumentException("keys and values differ in length", nameof(values));
        }

        _keys = keys;
        _values = values;
    }

    /// <summary>The map with no entries.</summary>
    public static SmallMap<TValue> Empty { get; } = new([], []);

    /// <inheritdoc/>
    public int Count => _keys.Length;

    /// <inheritdoc/>
    public IEnumerable<string> Keys => _keys;

    /// <inheritdoc/>
    public IEnumerable<TValue> Values => _values;

    /// <inheritdoc/>
    public TValue this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <inheritdoc/>
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc/>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TValue value)
    {
        var i = IndexOf(key);
        value = i >= 0 ? _values[i] : default;
        return i >= 0;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            if (string.Equals(_keys[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
