namespace CohesionSite.Site.Rendering;

/// <summary>Content links may only be http, https or mailto: anything else (javascript:, data:, relative paths) is dropped.</summary>
public static class SafeUrl
{
    /// <summary>The URL when it is an absolute http/https/mailto URL without whitespace or control characters, otherwise null.</summary>
    public static string? Check(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var u = url.Trim();
        if (u.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return null;
        }

        if (u.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return u.Length > 7 ? u : null;
        }

        return Uri.TryCreate(u, UriKind.Absolute, out var parsed)
            && (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps)
            && parsed.Host.Length > 0
            ? u
            : null;
    }
}
