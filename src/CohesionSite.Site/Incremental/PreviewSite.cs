using System.Text;
using CohesionSite.Content.Export;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;
using CohesionSite.Core.Settings;
using CohesionSite.Site.Pages;
using CohesionSite.Site.Pipeline;
using CohesionSite.Site.Rendering;
using CohesionSite.Site.Stages;

namespace CohesionSite.Site.Incremental;

/// <summary>What an incremental update did.</summary>
/// <param name="Success">False when a page failed to render; nothing was written then.</param>
/// <param name="Errors">Render errors.</param>
/// <param name="Keys">The dependency keys the change touched.</param>
/// <param name="Rendered">Destinations made again.</param>
/// <param name="Written">Destinations whose bytes changed (and were written).</param>
public sealed record PreviewUpdate(bool Success, IReadOnlyList<string> Errors, IReadOnlySet<string> Keys, IReadOnlyList<string> Rendered, IReadOnlyList<string> Written);

/// <summary>
/// A built site in a private preview folder that can be brought up to date one strategy at a time.
/// A full build runs the normal pipeline; after that it keeps the parsed templates, every document's
/// page model and every page's ids and links, so an edit re-renders only the documents whose
/// dependency key changed (<see cref="PageDependencies"/>) and writes only those whose bytes differ.
/// The site-wide aggregates (search index, data/model.json) and the link check run afterwards, in
/// <see cref="RefreshAggregates"/>, so they stay off the path from save to reload.
/// Not thread-safe: one caller (the preview's rebuild loop) drives it; readers only read files.
/// </summary>
public sealed class PreviewSite
{
    private static readonly UTF8Encoding Utf8 = new(false);

    private readonly Dictionary<string, SiteDocument> _documents;
    private readonly List<string> _order;
    private readonly Dictionary<string, PageLinks> _links;
    private readonly TemplateSet _templates;
    private readonly SiteBuildRequest _request;
    private SiteModel _model;
    private bool _aggregatesStale;

    private PreviewSite(SiteBuildRequest request, string folder, SiteContext built)
    {
        _request = request;
        Folder = folder;
        Content = request.Content;
        Report = request.Report;
        _model = built.Model!;
        _templates = built.Templates!;
        _order = built.Documents.Select(d => d.Destination).ToList();
        _documents = built.Documents.ToDictionary(d => d.Destination, StringComparer.Ordinal);
        _links = new Dictionary<string, PageLinks>(built.LinkIndex, StringComparer.Ordinal);
    }

    /// <summary>The folder the site is in.</summary>
    public string Folder { get; }

    /// <summary>The content the site now shows.</summary>
    public ContentSet Content { get; private set; }

    /// <summary>The gap report the site now shows.</summary>
    public GapReport Report { get; private set; }

    /// <summary>The settings it was built with.</summary>
    public SiteSettings Settings => _request.Settings;

    /// <summary>Every destination, in build order.</summary>
    public IReadOnlyList<string> Destinations => _order;

    /// <summary>Builds the whole site into <paramref name="folder"/> (which should be new and empty); the site is null when the build failed.</summary>
    public static (PreviewSite? Site, SiteBuildResult Result) Build(SiteBuildRequest request, string folder)
    {
        var context = new SiteContext(request.Settings, request.Content, request.Report, folder)
        {
            TemplateOverrides = request.TemplateOverrides,
            Updated = request.Updated,
            Today = request.Today,
            Parallelism = Math.Max(1, request.Parallelism),
        };
        new SitePipeline(SiteBuilder.Stages()).Run(context);
        var result = new SiteBuildResult(!context.HasErrors, context.Errors, context.Documents.Count(d => d.IsHtml), context.Documents.Count,
            context.Documents.Sum(d => d.Length), context.Timings);
        return (result.Success ? new PreviewSite(request, folder, context) : null, result);
    }

    /// <summary>
    /// Shows new content where only strategy <paramref name="strategyId"/> changed (same strategies as
    /// before, same settings, national layer, rules and templates): renders the documents whose key the
    /// change touched, then writes those whose bytes differ. When any render fails nothing is written.
    /// </summary>
    public PreviewUpdate Update(ContentSet content, GapReport report, string strategyId)
    {
        var before = _model.ById.GetValueOrDefault(strategyId) ?? throw new ArgumentException($"'{strategyId}' is not a strategy of this site; a new strategy needs a full build", nameof(strategyId));
        var context = NewContext(content, report);
        var after = context.Model!.ById.GetValueOrDefault(strategyId) ?? throw new ArgumentException($"'{strategyId}' is not in the new content; a removed strategy needs a full build", nameof(strategyId));
        var keys = StrategyChange.Keys(before, after);
        var documents = PagePlanner.Plan(context, keys).ToArray();

        // Render everything first: a failing page must leave every file as it was.
        var render = new RenderStage();
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = context.Parallelism }, doc =>
        {
            try
            {
                render.Process(doc, context);
                SearchTextStage.Extract(doc);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                errors.Enqueue($"render: {doc.Destination}: {e.Message}");
            }
        });
        var rendered = documents.Select(d => d.Destination).ToArray();
        if (!errors.IsEmpty)
        {
            return new PreviewUpdate(false, [.. errors], keys, rendered, []);
        }

        var written = new bool[documents.Length];
        Parallel.For(0, documents.Length, new ParallelOptions { MaxDegreeOfParallelism = context.Parallelism }, i =>
        {
            var doc = documents[i];
            var bytes = doc.Bytes ?? Utf8.GetBytes(doc.Text ?? string.Empty);
            written[i] = FileUpdate.WriteIfChanged(PathOf(doc.Destination), bytes);
            doc.Length = bytes.Length;
        });

        foreach (var doc in documents)
        {
            if (doc.IsHtml && doc.Text is { } html)
            {
                _links[doc.Destination] = WriteStage.Scan(html);
            }

            doc.Text = null;
            doc.Bytes = null;
            if (!_documents.ContainsKey(doc.Destination))
            {
                _order.Add(doc.Destination);
            }

            _documents[doc.Destination] = doc;
        }

        Content = content;
        Report = report;
        _model = context.Model;
        _aggregatesStale = true;
        return new PreviewUpdate(true, [], keys, rendered, documents.Where((_, i) => written[i]).Select(d => d.Destination).ToArray());
    }

    /// <summary>
    /// Rebuilds the aggregates after updates (search index and data/model.json, written only when
    /// their bytes differ) and checks every page's links; returns the broken-link errors.
    /// </summary>
    public IReadOnlyList<string> RefreshAggregates()
    {
        if (!_aggregatesStale)
        {
            return [];
        }

        _aggregatesStale = false;
        var context = NewContext(Content, Report);
        context.Documents.AddRange(_order.Select(d => _documents[d]).Where(d => d.Page is not null));
        foreach (var index in SearchIndexStage.Make(context))
        {
            FileUpdate.WriteIfChanged(PathOf(index.Destination), Utf8.GetBytes(index.Text ?? string.Empty));
        }

        FileUpdate.WriteIfChanged(PathOf("data/model.json"), Utf8.GetBytes(ModelExport.Write(Content, ModelJson.Compact)));

        var check = NewContext(Content, Report);
        check.Documents.AddRange(_order.Select(d => _documents[d]));
        foreach (var (page, links) in _links)
        {
            check.LinkIndex[page] = links;
        }

        new LinkCheckStage().Execute(check);
        return check.Errors;
    }

    private SiteContext NewContext(ContentSet content, GapReport report)
    {
        var context = new SiteContext(_request.Settings, content, report, Folder)
        {
            TemplateOverrides = _request.TemplateOverrides,
            Updated = _request.Updated,
            Today = _request.Today,
            Parallelism = Math.Max(1, _request.Parallelism),
        };
        context.Templates = _templates;
        context.Model = new SiteModel(content, report, context.Links, context.Updated, context.Today, context.Text()) { KeepsNationalUses = true };
        context.Mirrors = Mirror.SiteMirror.For(content, report, context.Links, context.Settings, context.Updated, context.Today);
        return context;
    }

    private string PathOf(string destination)
    {
        var path = Path.GetFullPath(Path.Combine(Folder, SitePaths.CheckDestination(destination)));
        var root = Path.GetFullPath(Folder) + Path.DirectorySeparatorChar;
        return path.StartsWith(root, StringComparison.Ordinal) ? path : throw new InvalidOperationException($"'{destination}' would be written outside the preview folder");
    }
}
