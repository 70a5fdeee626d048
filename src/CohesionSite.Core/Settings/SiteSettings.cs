using CohesionSite.Core.Model;

namespace CohesionSite.Core.Settings;

/// <summary>
/// Site settings from <c>statiq.json</c>. Keys use Statiq Web's names where one exists
/// (SiteTitle, Host, LinkRoot, LinksUseHttps, EditRoot, OutputPath) so a later move to Statiq is a
/// mapping; the rest are ours. Paths are relative to the folder holding <c>statiq.json</c>.
/// </summary>
public sealed record SiteSettings : Node
{
    /// <summary>The site's name, shown in every page header.</summary>
    public required string SiteTitle { get; init; }

    /// <summary>Host name the site is published at (for absolute links in sitemap.xml).</summary>
    public string? Host { get; init; }

    /// <summary>
    /// What a LinkRoot may be: starts and ends with '/', plain path segments, never "..". The one
    /// definition for statiq.json (via <see cref="PatternAttribute"/>) and the --link-root options.
    /// </summary>
    public const string LinkRootPattern = "^(?!.*\\.\\.)/([A-Za-z0-9._~-]+/)*$";

    /// <summary>Path prefix of every link, e.g. <c>/</c> or <c>/strategy/</c> for a subfolder.</summary>
    [Pattern(LinkRootPattern)]
    public string LinkRoot { get; init; } = "/";

    /// <summary>True when <paramref name="linkRoot"/> is a valid LinkRoot.</summary>
    public static bool IsValidLinkRoot(string linkRoot) =>
        System.Text.RegularExpressions.Regex.IsMatch(linkRoot, LinkRootPattern);

    /// <summary>Whether absolute links use https.</summary>
    public bool LinksUseHttps { get; init; } = true;

    /// <summary>Base URL to open a content file for editing (e.g. a GitHub blob URL); findings link to <c>{EditRoot}/{file}#L{line}</c>.</summary>
    [Pattern("^https?://\\S+$")]
    public string? EditRoot { get; init; }

    /// <summary>Where the site is written.</summary>
    public string OutputPath { get; init; } = "output";

    /// <summary>Where the YAML content is.</summary>
    public string ContentPath { get; init; } = "content";

    /// <summary>Where the gap rules are.</summary>
    public string RulesPath { get; init; } = "rules";

    /// <summary>
    /// A reporting date for every strategy (overdue, stale, waiver expiry); when absent — as shipped —
    /// each strategy is judged at its own date (its <c>reportingDate</c>, else the date of its status).
    /// </summary>
    public PartialDate? AsOf { get; init; }

    /// <summary>Where to report an accessibility problem with the site (an e-mail address or an https URL); shown in the accessibility statement.</summary>
    public string? AccessibilityContact { get; init; }

    /// <summary>Known accessibility problems, listed in the accessibility statement (which is "partially compliant" while one is at level A or AA).</summary>
    public IReadOnlyList<KnownIssue> AccessibilityIssues { get; init; } = [];

    /// <summary>The licence of the open data (a strategy's own <c>dataLicence</c> overrides it); unset, the downloads say no licence was given.</summary>
    public Licence? DataLicence { get; init; }

    /// <summary>Folder of Scriban templates that replace the built-in ones of the same name (optional).</summary>
    public string? TemplatesPath { get; init; }

    /// <summary>Language of the pages (BCP 47).</summary>
    public string Language { get; init; } = "en-GB";

    /// <summary>The language code of the site's own pages (<c>en</c> for <c>en-GB</c>): what its strings file and mirrors are named by.</summary>
    public string OwnLanguage => Language.Split('-', 2)[0].ToLowerInvariant();

    /// <summary>The site's title and accessibility problems in further languages (the Welsh mirror's header reads them).</summary>
    public IReadOnlyList<SiteTranslation> Translations { get; init; } = [];

    /// <summary>The translation into <paramref name="language"/> (<c>cy</c>), if the settings give one.</summary>
    public SiteTranslation? TranslationInto(string language) =>
        Translations.FirstOrDefault(t => string.Equals(t.Language, language, StringComparison.OrdinalIgnoreCase));

    /// <summary>The site title in <paramref name="language"/>, and whether it is a translation (false: the original is shown).</summary>
    public (string Title, bool Translated) TitleIn(string language) =>
        TranslationInto(language)?.SiteTitle is { Length: > 0 } title ? (title, true) : (SiteTitle, false);

    /// <summary>The known accessibility problems in <paramref name="language"/>: the translation's where it gives them, else the originals.</summary>
    public IReadOnlyList<KnownIssue> AccessibilityIssuesIn(string language) =>
        TranslationInto(language)?.AccessibilityIssues ?? AccessibilityIssues;
}
