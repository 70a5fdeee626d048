using System.Text;

namespace CohesionSite.Interchange.Import;

/// <summary>
/// Replaces several files together: every new text is written to a temporary sibling first, and
/// only when all are on disk are they renamed over the originals, so a failure while writing
/// leaves every original as it was.
/// </summary>
internal static class FileSwap
{
    public static void Replace(IReadOnlyDictionary<string, string> texts)
    {
        var temps = new List<(string Temp, string Target)>();
        try
        {
            foreach (var (target, text) in texts)
            {
                var temp = $"{target}.import-{Environment.ProcessId}.tmp";
                File.WriteAllText(temp, text, new UTF8Encoding(false));
                temps.Add((temp, target));
            }
        }
        catch
        {
            foreach (var (temp, _) in temps)
            {
                File.Delete(temp);
            }

            throw;
        }

        foreach (var (temp, target) in temps)
        {
            File.Move(temp, target, overwrite: true);
        }
    }
}
