using CohesionSite.Core.Model;

namespace CohesionSite.Core.Settings;

/// <summary>
/// The site's own text in one further language (<c>Translations</c> in statiq.json): the title and
/// the known accessibility problems, which are the operator's words rather than interface text.
/// What a translation leaves out is shown in the site's language, marked as such.
/// </summary>
public sealed record SiteTranslation : Node
{
    /// <summary>The language (<c>cy</c>): one the site has interface text for, not the site's own.</summary>
    [Pattern(LanguageCodes.Pattern)]
    public required string Language { get; init; }

    /// <summary>The site's name in the language.</summary>
    public string? SiteTitle { get; init; }

    /// <summary>The known accessibility problems in the language, in the same order as the originals.</summary>
    public IReadOnlyList<KnownIssue>? AccessibilityIssues { get; init; }
}
