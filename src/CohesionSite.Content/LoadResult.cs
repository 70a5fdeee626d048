using CohesionSite.Core.Diagnostics;
using CohesionSite.Core.Model;

namespace CohesionSite.Content;

/// <summary>What a load produced: the model (null when the content could not be read into one) and every diagnostic.</summary>
/// <param name="Content">The resolved model; present unless a structural error (syntax, type, unknown field) made it unusable.
/// Integrity errors (unknown reference, duplicate id, invalid date, period order) leave it present so the gap rules can report them.</param>
/// <param name="Diagnostics">Every problem, ordered by file, line and column.</param>
public sealed record LoadResult(ContentSet? Content, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>Options of a load.</summary>
public sealed record LoadOptions
{
    /// <summary>Only these strategy ids (folder names); empty loads all.</summary>
    public IReadOnlyCollection<string> Strategies { get; init; } = [];

    /// <summary>Size and expansion bounds.</summary>
    public Yaml.YamlLimits Limits { get; init; } = Yaml.YamlLimits.Default;

    /// <summary>The prefix of paths in marks; defaults to the content folder's own name (<c>content</c>).</summary>
    public string? DisplayRoot { get; init; }
}
