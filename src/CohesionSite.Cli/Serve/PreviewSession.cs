using System.Diagnostics;
using CohesionSite.Content;
using CohesionSite.Core.Diagnostics;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;
using CohesionSite.Core.Settings;
using CohesionSite.Rules.Engine;
using CohesionSite.Site;
using CohesionSite.Site.Incremental;

namespace CohesionSite.Cli.Serve;

/// <summary>What one rebuild did, for the terminal and the reload message.</summary>
/// <param name="Full">True for a full rebuild.</param>
/// <param name="Rendered">Documents made again.</param>
/// <param name="Written">Documents whose bytes changed.</param>
/// <param name="ChangedPaths">URL paths of the pages that changed; null when every page should reload.</param>
internal sealed record RebuildOutcome(bool Full, int Rendered, int Written, IReadOnlyCollection<string>? ChangedPaths);

/// <summary>
/// The preview's state between edits: the workspace, the loaded content and its gap report, the
/// rules, the last good <see cref="PreviewSite"/> and the errors of edits that did not build. A full
/// rebuild writes a new folder under the private preview root and switches to it only when it
/// succeeded; an edit inside one strategy folder re-reads that folder, re-runs the rules on that
/// strategy and updates the site in place. A broken edit never replaces the last good site; its
/// errors are kept (per strategy) until the edit is fixed. Driven by one loop; read by the server.
/// </summary>
internal sealed class PreviewSession : IDisposable
{
    private const string FullKey = "";

    private readonly string? _config;
    private readonly string? _contentOverride;
    private readonly string? _linkRoot;
    private readonly TextWriter _log;
    private readonly Dictionary<string, IReadOnlyList<string>> _broken = new(StringComparer.Ordinal);
    private GapChecker? _checker;
    private int _generation;
    private volatile PreviewSite? _site;
    private volatile IReadOnlyList<string> _errors = [];

    /// <summary>Creates a session writing its sites under <paramref name="previewRoot"/>.</summary>
    public PreviewSession(Workspace workspace, string? config, string? content, string? linkRoot, string previewRoot, TextWriter log)
    {
        Workspace = workspace;
        _config = config;
        _contentOverride = content;
        _linkRoot = linkRoot;
        PreviewRoot = previewRoot;
        _log = log;
        Directory.CreateDirectory(previewRoot);
    }

    /// <summary>The workspace as last opened.</summary>
    public Workspace Workspace { get; private set; }

    /// <summary>The private folder every preview build goes under (never the published OutputPath).</summary>
    public string PreviewRoot { get; }

    /// <summary>The last good site, or null before the first good build.</summary>
    public PreviewSite? Site => _site;

    /// <summary>Errors of the edits that did not build (empty when the site is up to date).</summary>
    public IReadOnlyList<string> Errors => _errors;

    /// <summary>The LinkRoot pages are served under.</summary>
    public string LinkRoot => _site?.Settings.LinkRoot ?? _linkRoot ?? Workspace.Settings.LinkRoot;

    /// <summary>The settings with the command line's LinkRoot applied.</summary>
    private SiteSettings Settings(Workspace ws) => _linkRoot is null ? ws.Settings : ws.Settings with { LinkRoot = _linkRoot };

    /// <summary>Rebuilds what <paramref name="scope"/> names.</summary>
    public RebuildOutcome Apply(ChangeScope scope)
    {
        // After a failed full rebuild the site is stale in ways no single strategy explains: keep trying the full one.
        if (scope.Full || _site is null || _broken.ContainsKey(FullKey))
        {
            return Full();
        }

        var rendered = 0;
        var written = new List<string>();
        var errorsBefore = _errors;
        foreach (var id in scope.Strategies.Order(StringComparer.Ordinal))
        {
            if (_site is not { } site || !site.Content.StrategyById.ContainsKey(id) || !Directory.Exists(Path.Combine(Workspace.ContentPath, id)))
            {
                return Full();
            }

            var update = UpdateStrategy(site, id);
            if (update is not null)
            {
                rendered += update.Rendered.Count;
                written.AddRange(update.Written);
            }
        }

        PublishErrors();
        var paths = ReferenceEquals(errorsBefore, _errors) || errorsBefore.SequenceEqual(_errors) ? written.Select(UrlPath).Distinct().ToArray() : null;
        return new RebuildOutcome(false, rendered, written.Count, paths);
    }

    /// <summary>Rebuilds everything into a new folder; switches to it only when it built.</summary>
    public RebuildOutcome Full()
    {
        var problems = new StringWriter();
        var ws = Workspace.Open(_config, _contentOverride, null, problems);
        if (ws is null)
        {
            return Fail(FullKey, Lines(problems));
        }

        Workspace = ws;
        var loaded = ws.Load([], TextWriter.Null);
        PrintWarnings(loaded.Diagnostics);
        if (loaded.HasErrors || loaded.Content is null)
        {
            return Fail(FullKey, loaded.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToArray());
        }

        if (GapRules.Load(ws, problems) is not { } rules)
        {
            return Fail(FullKey, Lines(problems));
        }

        _checker = new GapChecker(rules, new GapCheckOptions());
        GapReport report;
        try
        {
            report = _checker.Check(loaded.Content, loaded.Diagnostics, ws.Settings.AsOf).Report;
        }
        catch (RuleEvaluationException e)
        {
            return Fail(FullKey, [e.Message]);
        }

        var settings = Settings(ws);
        var folder = Path.Combine(PreviewRoot, $"site-{++_generation}");
        var (site, result) = PreviewSite.Build(new SiteBuildRequest
        {
            Settings = settings,
            Content = loaded.Content,
            Report = report,
            TemplateOverrides = settings.TemplatesPath is { } t ? Path.GetFullPath(Path.Combine(ws.Root, t)) : null,
            Updated = ContentHistory.Read(ws.ContentPath),
        }, folder);
        if (site is null)
        {
            TryDelete(folder);
            return Fail(FullKey, result.Errors.Select(e => $"error: {e}").ToArray());
        }

        var old = _site;
        _site = site;
        if (old is not null)
        {
            TryDelete(old.Folder);
        }

        _broken.Clear();
        PublishErrors();
        return new RebuildOutcome(true, result.Files, result.Files, null);
    }

    /// <summary>Brings the aggregates (search index, data/model.json) up to date and checks links; broken links become overlay errors.</summary>
    /// <returns>True when the error list changed (every page should reload to show or drop the overlay).</returns>
    public bool Deferred()
    {
        if (_site is not { } site)
        {
            return false;
        }

        var before = _errors;
        var links = site.RefreshAggregates();
        if (links.Count > 0)
        {
            _broken["links"] = links.Select(e => $"error: {e}").ToArray();
        }
        else
        {
            _broken.Remove("links");
        }

        PublishErrors();
        return !before.SequenceEqual(_errors);
    }

    /// <inheritdoc/>
    public void Dispose() => TryDelete(PreviewRoot);

    private PreviewUpdate? UpdateStrategy(PreviewSite site, string id)
    {
        var ws = Workspace;
        var loaded = StrategyLoader.Load(ws.ContentPath, id, site.Content.National, ws.Display(ws.ContentPath));
        PrintWarnings(loaded.Diagnostics);
        if (loaded.HasErrors || loaded.Strategy is null)
        {
            Fail(id, loaded.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToArray());
            return null;
        }

        IReadOnlyList<Finding> findings;
        try
        {
            // The rules look at one strategy at a time (plus the national layer), so checking only the edited one gives its findings exactly.
            var alone = new ContentSet(site.Content.National, [loaded.Strategy]);
            findings = _checker!.Check(alone, loaded.Diagnostics, ws.Settings.AsOf).Report.Findings.Where(f => f.Strategy == id).ToArray();
        }
        catch (RuleEvaluationException e)
        {
            Fail(id, [e.Message]);
            return null;
        }

        var report = site.Report with { Findings = Splice(site.Report.Findings, id, findings) };
        var content = new ContentSet(site.Content.National, site.Content.Strategies.Select(s => s.Id == id ? loaded.Strategy : s).ToArray());
        var update = site.Update(content, report, id);
        if (!update.Success)
        {
            Fail(id, update.Errors.Select(e => $"error: {e}").ToArray());
            return null;
        }

        _broken.Remove(id);
        return update;
    }

    /// <summary>Replaces one strategy's findings in a report sorted by <see cref="FindingOrder"/> (strategy first), keeping the order.</summary>
    internal static IReadOnlyList<Finding> Splice(IReadOnlyList<Finding> findings, string strategy, IReadOnlyList<Finding> replacement)
    {
        var result = new List<Finding>(findings.Count + replacement.Count);
        var inserted = false;
        foreach (var f in findings)
        {
            var c = string.CompareOrdinal(f.Strategy, strategy);
            if (c >= 0 && !inserted)
            {
                result.AddRange(replacement.Order(FindingOrder.Instance));
                inserted = true;
            }

            if (c != 0)
            {
                result.Add(f);
            }
        }

        if (!inserted)
        {
            result.AddRange(replacement.Order(FindingOrder.Instance));
        }

        return result;
    }

    private RebuildOutcome Fail(string key, IReadOnlyList<string> errors)
    {
        _broken[key] = errors.Count > 0 ? errors : ["error: the build failed"];
        PublishErrors();
        return new RebuildOutcome(key == FullKey, 0, 0, null);
    }

    private void PublishErrors()
    {
        var errors = _broken.OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p => p.Value).ToArray();
        if (!errors.SequenceEqual(_errors))
        {
            _errors = errors;
        }
    }

    private void PrintWarnings(IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics.Where(d => !d.IsError))
        {
            _log.WriteLine(d.ToString());
        }
    }

    private string UrlPath(string destination)
    {
        var path = destination.EndsWith("index.html", StringComparison.Ordinal) ? destination[..^"index.html".Length] : destination;
        return LinkRoot + path;
    }

    private static string[] Lines(StringWriter writer) =>
        writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !System.Text.RegularExpressions.Regex.IsMatch(l, "^[0-9]+ errors?$")).ToArray();

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still being served; the temporary folder is cleaned by the OS.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }

    /// <summary>Milliseconds since a <see cref="Stopwatch"/> timestamp.</summary>
    internal static double Since(long timestamp) => Stopwatch.GetElapsedTime(timestamp).TotalMilliseconds;
}
