namespace CohesionSite.Content.Yaml;

/// <summary>Bounds that keep hostile or accidental input from exhausting memory or time.</summary>
/// <param name="MaxFileBytes">Largest file read (default 8 MiB).</param>
/// <param name="MaxNodes">Most YAML nodes visited while binding one file, counting every alias expansion (default 2 million).</param>
/// <param name="MaxDepth">Deepest nesting of mappings and sequences (default 64).</param>
public sealed record YamlLimits(long MaxFileBytes = 8 * 1024 * 1024, int MaxNodes = 2_000_000, int MaxDepth = 64)
{
    /// <summary>The defaults.</summary>
    public static YamlLimits Default { get; } = new();
}
