using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;
using CohesionSite.Core.Settings;
using CohesionSite.Site.Output;
using CohesionSite.Site.Pipeline;
using CohesionSite.Site.Stages;

namespace CohesionSite.Site;

/// <summary>What a site build needs.</summary>
public sealed record SiteBuildRequest
{
    /// <summary>Settings (LinkRoot, EditRoot, titles …).</summary>
    public required SiteSettings Settings { get; init; }

    /// <summary>The loaded content.</summary>
    public required ContentSet Content { get; init; }

    /// <summary>The gap report to publish (empty until the rules run).</summary>
    public required GapReport Report { get; init; }

    /// <summary>When the content last changed (<see cref="Content.ContentHistory"/>); null shows no dates.</summary>
    public Content.ContentDates? Updated { get; init; }

    /// <summary>The build's date: strategies whose period ended before it are marked historic.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Folder of template overrides, if any.</summary>
    public string? TemplateOverrides { get; init; }

    /// <summary>Degree of parallelism for rendering (default: every core).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
}

/// <summary>What a build did.</summary>
/// <param name="Success">True when every stage succeeded and the link check passed.</param>
/// <param name="Errors">Build errors (template, render, broken links).</param>
/// <param name="Pages">HTML pages written.</param>
/// <param name="Files">Files written.</param>
/// <param name="Bytes">Bytes written.</param>
/// <param name="Timings">Time per stage.</param>
public sealed record SiteBuildResult(bool Success, IReadOnlyList<string> Errors, int Pages, int Files, long Bytes, IReadOnlyList<(string Stage, TimeSpan Elapsed)> Timings)
{
    /// <summary>Thread time per document stage, summed over documents (how a fused render+write pass splits).</summary>
    public IReadOnlyDictionary<string, TimeSpan> Work { get; init; } = new Dictionary<string, TimeSpan>();
}

/// <summary>Builds the static site: the stages in order, then the swap.</summary>
public static class SiteBuilder
{
    /// <summary>The stages, in order (Statiq's pipeline phases, in small).</summary>
    public static IReadOnlyList<IStage> Stages() =>
    [
        new ReadModelStage(),
        new MakePagesStage(),
        new DataStage(),
        new AssetsStage(),
        new SitemapStage(),
        new ParseTemplatesStage(),
        new RenderStage(),
        // The search index reads the rendered pages' text: kept between render and write, indexed after.
        new SearchTextStage(),
        new WriteStage(),
        new SearchIndexStage(),
        new LinkCheckStage(),
        new FlushStage(),
    ];

    /// <summary>Builds into a temporary folder and replaces <paramref name="output"/> only on success.</summary>
    public static SiteBuildResult Build(SiteBuildRequest request, string output)
    {
        using var staging = OutputStaging.Begin(output, request.Content.Strategies.Select(s => s.Id));
        return Build(request, staging);
    }

    /// <summary>
    /// Builds into <paramref name="staging"/> (opened early, so its folders were being made while the
    /// content loaded) and commits it on success; on failure the caller's dispose of the staging
    /// deletes it and leaves the previous output as it was.
    /// </summary>
    public static SiteBuildResult Build(SiteBuildRequest request, OutputStaging staging)
    {
        var result = Run(request, staging.Folder, staging.Writer);
        if (!result.Success)
        {
            return result;
        }

        var errors = staging.Commit();
        return errors.Count == 0 ? result : result with { Success = false, Errors = [.. result.Errors, .. errors.Select(e => $"write: {e}")] };
    }

    /// <summary>Runs the pipeline writing straight into <paramref name="folder"/> (no swap).</summary>
    public static SiteBuildResult BuildInto(SiteBuildRequest request, string folder) => Run(request, folder, new OutputWriter());

    private static SiteBuildResult Run(SiteBuildRequest request, string folder, OutputWriter writer)
    {
        var context = new SiteContext(request.Settings, request.Content, request.Report, folder)
        {
            TemplateOverrides = request.TemplateOverrides,
            Updated = request.Updated,
            Today = request.Today,
            Parallelism = Math.Max(1, request.Parallelism),
            Writer = writer,
        };
        new SitePipeline(Stages()).Run(context);
        return new SiteBuildResult(
            !context.HasErrors,
            context.Errors,
            context.Documents.Count(d => d.IsHtml),
            context.Documents.Count,
            context.Documents.Sum(d => d.Length),
            context.Timings)
        {
            Work = context.Work,
        };
    }
}
