using System.Collections.Concurrent;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;
using CohesionSite.Core.Settings;

namespace CohesionSite.Site.Pipeline;

/// <summary>Everything a build shares: inputs, the document list, the output folder and collected errors.</summary>
public sealed class SiteContext
{
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly ConcurrentDictionary<string, long> _work = new(StringComparer.Ordinal);

    /// <summary>Creates the context.</summary>
    public SiteContext(SiteSettings settings, ContentSet content, GapReport report, string outputFolder)
    {
        Settings = settings;
        Content = content;
        Report = report;
        OutputFolder = Path.GetFullPath(outputFolder);
        Links = new Links(settings.LinkRoot);
    }

    /// <summary>What every template of a page in <paramref name="language"/> (null: the site's own) sees as <c>site</c>.</summary>
    /// <remarks>A title the settings do not translate is shown in the site's language, and the mirror marks it as such.</remarks>
    public SiteInfo SiteInfoFor(string? language = null) => _siteInfo.GetOrAdd(language ?? Language, l =>
        new SiteInfo(Settings.TitleIn(l).Title, Settings.Language, Links.Root, Pages.Dates.Updated(Updated?.Site, Text(l))));

    private readonly ConcurrentDictionary<string, SiteInfo> _siteInfo = new(StringComparer.Ordinal);

    /// <summary>When the content last changed; null when the caller gave no dates.</summary>
    public Content.ContentDates? Updated { get; init; }

    /// <summary>The build's date (what "historic" is judged against).</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Writes the output files on an IO thread (the write stage queues, <see cref="FlushWrites"/> waits).</summary>
    public OutputWriter Writer { get; init; } = new();

    /// <summary>Waits for every queued file; each one that could not be written becomes a build error (once).</summary>
    public void FlushWrites()
    {
        foreach (var error in Writer.Complete())
        {
            Error($"write: {error}");
        }
    }

    /// <summary>The language of the site's own pages (<c>en</c> for <c>en-GB</c>): the strings file of a document with no language of its own.</summary>
    public string Language => Settings.OwnLanguage;

    /// <summary>The interface text of a language; null gives the site's own language.</summary>
    public Localization.UiText Text(string? language = null) => Localization.UiText.For(language ?? Language);

    /// <summary>The parsed templates, set by the parse-templates stage.</summary>
    internal Rendering.TemplateSet? Templates { get; set; }

    /// <summary>Settings (statiq.json, with command-line overrides applied).</summary>
    public SiteSettings Settings { get; }

    /// <summary>The loaded content.</summary>
    public ContentSet Content { get; }

    /// <summary>The gap report the site publishes.</summary>
    public GapReport Report { get; }

    /// <summary>The folder being written (a temporary folder during a real build).</summary>
    public string OutputFolder { get; }

    /// <summary>The site's origin for absolute URLs (<c>https://host</c>, from Host and LinksUseHttps); empty when no Host is set.</summary>
    public string Origin => Settings.Host is { Length: > 0 } host ? $"{(Settings.LinksUseHttps ? "https" : "http")}://{host}" : string.Empty;

    /// <summary>The link helper honouring LinkRoot.</summary>
    public Links Links { get; }

    /// <summary>Derived lookups, set by the read-model stage.</summary>
    public Pages.SiteModel? Model { get; set; }

    /// <summary>The site in each further language its strategies publish in (set by the read-model stage; empty for most sites).</summary>
    public IReadOnlyList<Mirror.SiteMirror> Mirrors { get; set; } = [];

    /// <summary>The mirror of a language, or null for the site's own language.</summary>
    public Mirror.SiteMirror? MirrorOf(string? language) => language is null ? null : Mirrors.FirstOrDefault(m => m.Language == language);

    /// <summary>The links of a language's pages: the mirror's where there is one, else the site's.</summary>
    public Links LinksFor(string? language) => MirrorOf(language)?.Links ?? Links;

    /// <summary>The documents; set stages add to it, document stages fill them.</summary>
    public List<SiteDocument> Documents { get; } = [];

    /// <summary>Folder of template overrides (a file there replaces the embedded template of the same name).</summary>
    public string? TemplateOverrides { get; init; }

    /// <summary>How many documents render at once.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Ids and internal links of every written page, collected for the link check.</summary>
    public ConcurrentDictionary<string, PageLinks> LinkIndex { get; } = new(StringComparer.Ordinal);

    /// <summary>Stage timings, in run order.</summary>
    public List<(string Stage, TimeSpan Elapsed)> Timings { get; } = [];

    /// <summary>Thread time summed over every document, per document stage (fused stages share one wall-clock entry in <see cref="Timings"/>).</summary>
    public IReadOnlyDictionary<string, TimeSpan> Work => _work.ToDictionary(p => p.Key, p => TimeSpan.FromTicks(p.Value), StringComparer.Ordinal);

    /// <summary>Adds thread time spent by a document stage (thread-safe).</summary>
    public void AddWork(string stage, TimeSpan elapsed) => _work.AddOrUpdate(stage, elapsed.Ticks, (_, t) => t + elapsed.Ticks);

    /// <summary>Errors so far (thread-safe).</summary>
    public IReadOnlyList<string> Errors => [.. _errors];

    /// <summary>True when any stage reported an error.</summary>
    public bool HasErrors => !_errors.IsEmpty;

    /// <summary>Reports a build error.</summary>
    public void Error(string message) => _errors.Enqueue(message);
}

/// <summary>What the link check needs of one written page: its element ids and the internal links it makes.</summary>
/// <param name="Ids">Every <c>id</c> attribute.</param>
/// <param name="Links">Every internal <c>href</c>/<c>src</c>, as written.</param>
public sealed record PageLinks(IReadOnlySet<string> Ids, IReadOnlyList<string> Links);

/// <summary>Site-wide values for templates.</summary>
/// <param name="Title">Site title.</param>
/// <param name="Language">Page language.</param>
/// <param name="Root">LinkRoot.</param>
/// <param name="Updated">When any content last changed (shown on the site-wide pages); null when unknown.</param>
public sealed record SiteInfo(string Title, string Language, string Root, Pages.UpdatedDate? Updated = null);
