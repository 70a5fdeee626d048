using CohesionSite.Content.Binding;
using CohesionSite.Interchange.Sheets;

namespace CohesionSite.Interchange.Import;

/// <summary>
/// A sheet's header row read into columns, the one reading of every imported sheet: an unknown
/// header (with the nearest expected one), a repeated header and a missing required one are each a
/// cell error at the header cell (a missing one at the first free cell after the row).
/// </summary>
internal static class HeaderRow
{
    /// <summary>Maps each header of <paramref name="table"/> to its column; null when the header row is unusable (the errors went to <paramref name="error"/>).</summary>
    /// <param name="table">The sheet.</param>
    /// <param name="expected">Every header the sheet may have.</param>
    /// <param name="required">The headers it must have (the rest are informational).</param>
    /// <param name="missing">The message for a missing required header.</param>
    /// <param name="error">Records a cell error (cell, message).</param>
    public static Dictionary<string, int>? Map(SheetTable table, IReadOnlyList<string> expected, IReadOnlyCollection<string> required, Func<string, string> missing, Action<string, string> error)
    {
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        var ok = true;
        for (var c = 0; c < table.Header.Count; c++)
        {
            var name = table.Header[c]?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            var cell = CellRef.Of(1, c + 1);
            if (!expected.Contains(name))
            {
                error(cell, $"unknown column '{name}'{Suggest.Hint(name, expected)}; expected the columns: {string.Join(", ", expected)}");
                ok = false;
            }
            else if (!found.TryAdd(name, c))
            {
                error(cell, $"column '{name}' appears twice (first in {CellRef.Of(1, found[name] + 1)})");
                ok = false;
            }
        }

        var next = table.Header.Count + 1;
        foreach (var header in required.Where(h => !found.ContainsKey(h)))
        {
            error(CellRef.Of(1, next++), missing(header));
            ok = false;
        }

        return ok ? found : null;
    }
}
