using CohesionSite.Site.Pipeline;

namespace CohesionSite.Site.Stages;

/// <summary>
/// Checks every link of every written page: internal links must start with LinkRoot, name a file
/// the build wrote, and (with a fragment) an id on that page. External links must be http, https
/// or mailto. Any broken link is a build error.
/// </summary>
public sealed class LinkCheckStage : ISetStage
{
    /// <inheritdoc/>
    public string Name => "link-check";

    /// <inheritdoc/>
    public void Execute(SiteContext context)
    {
        var files = context.Documents.Select(d => d.Destination).ToHashSet(StringComparer.Ordinal);
        var root = context.Links.Root;
        foreach (var (page, info) in context.LinkIndex.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (var link in info.Links)
            {
                var problem = Check(link, info, files, root, context.LinkIndex);
                if (problem is not null)
                {
                    context.Error($"broken link in {page}: '{link}' {problem}");
                }
            }
        }
    }

    private static string? Check(string link, PageLinks info, HashSet<string> files, string root, IReadOnlyDictionary<string, PageLinks> index)
    {
        if (link.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || link.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || link.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return Rendering.SafeUrl.Check(link) is null ? "is not a valid URL" : null;
        }

        if (link.StartsWith('#'))
        {
            return info.Ids.Contains(link[1..]) ? null : "names no element on this page";
        }

        if (!link.StartsWith(root, StringComparison.Ordinal))
        {
            return $"does not start with the link root '{root}'";
        }

        var rest = link[root.Length..];
        var hash = rest.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash >= 0 ? rest[(hash + 1)..] : null;
        var path = hash >= 0 ? rest[..hash] : rest;
        var query = path.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            path = path[..query];
        }

        var file = SitePaths.FileOf(Uri.UnescapeDataString(path));
        if (!files.Contains(file))
        {
            return "names no page or file of the site";
        }

        if (fragment is not null && !(index.TryGetValue(file, out var target) && target.Ids.Contains(Uri.UnescapeDataString(fragment))))
        {
            return $"names no element '{fragment}' on {file}";
        }

        return null;
    }
}
