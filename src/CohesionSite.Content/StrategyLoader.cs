using CohesionSite.Core.Diagnostics;
using CohesionSite.Core.Model;

namespace CohesionSite.Content;

/// <summary>What re-reading one strategy folder produced.</summary>
/// <param name="Strategy">The strategy, or null when a structural error made it unusable.</param>
/// <param name="Diagnostics">Every problem in the folder's files, ordered by file, line and column.</param>
public sealed record StrategyLoadResult(StrategyContent? Strategy, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// Re-reads a single strategy folder against an already loaded national layer, exactly as
/// <see cref="ContentLoader"/> reads it during a full load. The preview server uses it so that an
/// edit in <c>content/x/</c> costs one folder, not the whole content tree.
/// </summary>
public static class StrategyLoader
{
    /// <summary>Reads <c>{contentRoot}/{id}/</c>; marks use <paramref name="displayRoot"/> as their prefix, like the full load.</summary>
    public static StrategyLoadResult Load(string contentRoot, string id, NationalSet national, string displayRoot, LoadOptions? options = null)
    {
        options ??= new LoadOptions();
        var diagnostics = new List<Diagnostic>();
        var content = StrategyFolderReader.Read(Path.Combine(contentRoot, id), $"{displayRoot}/{id}", id, national, options.Limits, diagnostics);
        var ordered = DiagnosticOrder.Sort(diagnostics);
        return new StrategyLoadResult(DiagnosticOrder.HasStructuralError(ordered) ? null : content, ordered);
    }
}
