namespace CohesionSite.Core.Model;

/// <summary>
/// Where something sits in a content file: the file (relative to the content root's parent,
/// e.g. <c>content/walsall-2008/actions.yaml</c>), 1-based line and 1-based column.
/// Findings and load errors point here so editors can jump to the exact spot.
/// </summary>
public readonly record struct SourceMark(string File, int Line, int Column)
{
    /// <summary>No known position (a default value, or an entity built in code).</summary>
    public static SourceMark None => new(string.Empty, 0, 0);

    /// <summary>True when the mark points into a file.</summary>
    public bool IsKnown => File.Length > 0;

    /// <summary>The conventional <c>file:line:column</c> form compilers and editors understand.</summary>
    public override string ToString() => IsKnown ? $"{File}:{Line}:{Column}" : "(unknown)";
}
