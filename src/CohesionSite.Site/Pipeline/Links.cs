using System.Text;

namespace CohesionSite.Site.Pipeline;

/// <summary>
/// The one place internal links are made: every URL starts with LinkRoot, so the site works from a
/// subfolder (<c>cohesion build --link-root /strategy/</c>). Pages live at folder URLs (<c>…/actions/</c>).
/// </summary>
public sealed class Links
{
    /// <summary>Creates the helper.</summary>
    /// <param name="linkRoot">Path prefix, starting and ending with '/'.</param>
    public Links(string linkRoot)
    {
        if (!linkRoot.StartsWith('/') || !linkRoot.EndsWith('/') || linkRoot.Contains("//", StringComparison.Ordinal) || linkRoot.Contains("..", StringComparison.Ordinal))
        {
            throw new ArgumentException($"LinkRoot '{linkRoot}' must start and end with '/' (e.g. / or /strategy/)", nameof(linkRoot));
        }

        Root = linkRoot;
    }

    private Links(string linkRoot, string language, Func<string, bool> mirrored)
        : this(linkRoot)
    {
        Language = language;
        _mirrored = mirrored;
    }

    private readonly Func<string, bool>? _mirrored;

    /// <summary>The prefix of every internal link.</summary>
    public string Root { get; }

    /// <summary>The language of a mirror's links (<c>cy</c>); null for the site's own pages.</summary>
    public string? Language { get; }

    /// <summary>
    /// The links of a language's mirror under <c>/LANG/</c>: a path the mirror has a page for
    /// (<paramref name="mirrored"/>) goes to that page, anything else (assets, data files, the
    /// pages of a strategy that does not publish in the language) to the site's own.
    /// </summary>
    public Links ForLanguage(string language, Func<string, bool> mirrored) => new(Root, language, mirrored);

    /// <summary>The URL of a site-relative path (<c>strategies/x/actions/</c>); an empty path is the home page.</summary>
    public string Url(string path)
    {
        var relative = path.TrimStart('/');
        return _mirrored is not null && _mirrored(relative) ? Root + Language + "/" + relative : Root + relative;
    }

    /// <summary>The URL of a path on the site's own pages, whatever these links' language (the other language of a page).</summary>
    public string OwnUrl(string path) => Root + path.TrimStart('/');

    /// <summary>The URL of a path in a language's mirror.</summary>
    public string MirrorUrl(string language, string path) => Root + language + "/" + path.TrimStart('/');

    /// <summary>The URL of an anchor on a page.</summary>
    public string Url(string path, string anchor) => Url(path) + "#" + anchor;

    /// <summary>
    /// An element id for an entity: kind prefix plus the id with anything outside <c>[a-z0-9.-]</c>
    /// replaced, so content can never break out of the attribute or collide across kinds.
    /// </summary>
    public static string Anchor(string kind, string id)
    {
        var sb = new StringBuilder(kind.Length + id.Length + 1).Append(kind).Append('-');
        foreach (var c in id)
        {
            sb.Append(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '.' or '-' ? c : char.IsAsciiLetterUpper(c) ? char.ToLowerInvariant(c) : '-');
        }

        return sb.ToString();
    }
}
