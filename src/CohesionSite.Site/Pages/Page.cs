namespace CohesionSite.Site.Pages;

/// <summary>
/// What every page template gets as <c>page</c>: title, where it is, breadcrumbs, the strategy
/// navigation, and its own model as <c>m</c>. Plain data; the templates do no lookups. A record, so
/// a language's mirror can place a page it built at its own path and pair it with its twin.
/// </summary>
public sealed record Page
{
    /// <summary>The title element's text (and the h1 unless <see cref="Heading"/> is set).</summary>
    public required string Title { get; init; }

    /// <summary>The h1, when it differs from the title (section pages: "Action plan").</summary>
    public string? Heading { get; init; }

    /// <summary>A line above the h1 naming what the page belongs to (the strategy).</summary>
    public string? Caption { get; init; }

    /// <summary>The page's site-relative URL path (<c>strategies/x/actions/</c>).</summary>
    public required string Path { get; init; }

    /// <summary>A one-line description (meta description, search index).</summary>
    public string? Description { get; init; }

    /// <summary>Breadcrumb trail, home first; the last is the page itself (no URL).</summary>
    public IReadOnlyList<Crumb> Breadcrumbs { get; init; } = [];

    /// <summary>
    /// Editorial and provenance notes (where the page was captured from, how the source spelt a
    /// heading, what it left out): shown in a labelled "About this page's source" block, never
    /// in the body text. Markdown, rendered inline.
    /// </summary>
    public IReadOnlyList<string> SourceNotes { get; init; } = [];

    /// <summary>When what the page shows last changed; null on site-wide pages (they show the site's date).</summary>
    public UpdatedDate? Updated { get; init; }

    /// <summary>A notice shown above the page's content (a strategy whose period has ended); null for none.</summary>
    public string? Historic { get; init; }

    /// <summary>The strategy's section navigation, on strategy pages.</summary>
    public StrategyNav? Strategy { get; init; }

    /// <summary>The page's own model (exposed to the template as <c>m</c>).</summary>
    public required object Model { get; init; }

    /// <summary>Extra scripts (site-relative asset paths) that enhance this page.</summary>
    public IReadOnlyList<string> Scripts { get; init; } = [];

    /// <summary>Extra stylesheets (site-relative asset paths) this page loads after the site's (the board pack's print sheet).</summary>
    public IReadOnlyList<string> Styles { get; init; } = [];

    /// <summary>
    /// Page-specific CSS made by our code, with every content string CSS-escaped (the board pack's
    /// running heads, which only <c>@page</c> margin boxes can print); null for none.
    /// </summary>
    public Rendering.HtmlString? HeadStyle { get; init; }

    /// <summary>Text indexed for site search (plain text, not rendered).</summary>
    public string? SearchText { get; init; }

    /// <summary>The language of a mirror's page (<c>cy</c>); null on the site's own pages.</summary>
    public string? Language { get; init; }

    /// <summary>
    /// The page in each language it exists in, this one included (the <c>hreflang</c> links and the
    /// language switch); empty for a page in one language only.
    /// </summary>
    public IReadOnlyList<PageLanguage> Languages { get; init; } = [];

    /// <summary>The other languages of the page (what the language switch offers).</summary>
    public IEnumerable<PageLanguage> OtherLanguages => Languages.Where(l => !l.Current);
}

/// <summary>One language a page exists in.</summary>
/// <param name="Code">The <c>hreflang</c> and <c>lang</c> code (<c>en-GB</c>, <c>cy</c>).</param>
/// <param name="Name">The language's name in itself (<c>Cymraeg</c>), as the switch shows it.</param>
/// <param name="Url">The page in that language, absolute when the site's Host is set (hreflang and the sitemap).</param>
/// <param name="Href">The page in that language as the site links it (from LinkRoot): the language switch.</param>
/// <param name="Current">True for the language of the page it is listed on.</param>
/// <param name="IsDefault">True for the site's own language (the <c>x-default</c>).</param>
public sealed record PageLanguage(string Code, string Name, string Url, string Href, bool Current, bool IsDefault);

/// <summary>A breadcrumb.</summary>
/// <param name="Title">Its text.</param>
/// <param name="Url">Its link; null for the current page.</param>
public sealed record Crumb(string Title, string? Url);

/// <summary>A navigation entry.</summary>
/// <param name="Label">Its text.</param>
/// <param name="Url">Its link.</param>
/// <param name="Current">Whether it is the page being shown.</param>
public sealed record NavItem(string Label, string Url, bool Current);

/// <summary>The section navigation of one strategy.</summary>
/// <param name="Id">Strategy id.</param>
/// <param name="Title">Strategy title.</param>
/// <param name="Items">Its sections.</param>
public sealed record StrategyNav(string Id, string Title, IReadOnlyList<NavItem> Items);
