namespace CohesionSite.Site.Pipeline;

/// <summary>
/// The folder name of each entity's own page (an action's, an indicator's): the id itself when it is
/// a slug, else the id made safe the way anchors are (lower case, anything outside <c>[a-z0-9.-]</c>
/// replaced), with a number appended where two ids would meet in one folder. So no id can leave the
/// output folder or overwrite another entity's page.
/// </summary>
public sealed class EntitySegments
{
    private readonly Dictionary<string, string> _byId = new(StringComparer.Ordinal);

    /// <summary>Names the pages of <paramref name="ids"/> (in content order: the first keeps the plain name).</summary>
    public EntitySegments(IEnumerable<string> ids)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            var safe = Safe(id);
            var name = safe;
            for (var n = 2; !taken.Add(name); n++)
            {
                name = $"{safe}-{n}";
            }

            _byId[id] = name;
        }
    }

    /// <summary>The folder name of <paramref name="id"/>'s page; null when the id has no page.</summary>
    public string? Of(string id) => _byId.GetValueOrDefault(id);

    // Anchor's mapping without its kind prefix; a name of dots only (".", "..") or starting with one gets a prefix.
    private static string Safe(string id)
    {
        var name = Links.Anchor("x", id)[2..];
        return SitePaths.IsSegment(name) ? name : "id-" + name.Replace('.', '-');
    }
}
