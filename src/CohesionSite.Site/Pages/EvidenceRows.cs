namespace CohesionSite.Site.Pages;

/// <summary>
/// An evidence table's rows grouped under their row headers. Source tables often name a row's
/// group once ("East Midlands") and leave the first cell of the rows that follow empty; those rows
/// belong to the group above, so the header spans them (one tbody per group, scope rowgroup)
/// instead of leaving empty row headers.
/// </summary>
internal static class EvidenceRows
{
    /// <summary>One group: its header (empty only when the table's first row has none) and its rows' other cells.</summary>
    public sealed record Group(string Head, IReadOnlyList<IReadOnlyList<string>> Rows);

    /// <summary>Groups rows whose first cell is empty under the nearest row above that has one.</summary>
    public static IReadOnlyList<Group> Of(IEnumerable<IReadOnlyList<string>> rows)
    {
        var groups = new List<(string Head, List<IReadOnlyList<string>> Rows)>();
        foreach (var row in rows)
        {
            var head = row.Count > 0 ? row[0].Trim() : string.Empty;
            var cells = row.Skip(1).ToArray();
            if (head.Length == 0 && groups.Count > 0)
            {
                groups[^1].Rows.Add(cells);
            }
            else
            {
                groups.Add((head, [cells]));
            }
        }

        return groups.Select(g => new Group(g.Head, g.Rows)).ToArray();
    }
}
