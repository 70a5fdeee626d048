using System.Text;

namespace CohesionSite.Content;

/// <summary>
/// Writes a file through a temporary sibling and a rename, so a reader (a browser, Excel, the next
/// build) never sees half a file. The one way every command and stage replaces a single file.
/// </summary>
public static class AtomicFile
{
    /// <summary>
    /// Lets <paramref name="writeTemp"/> write a temporary sibling of <paramref name="path"/>, then
    /// renames it over <paramref name="path"/>. The temporary name keeps the extension (ClosedXML
    /// chooses the format by it) and is unique per process and thread, so parallel writers never share one.
    /// </summary>
    public static void Write(string path, Action<string> writeTemp)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileNameWithoutExtension(full)}.{Environment.ProcessId}-{Environment.CurrentManagedThreadId}.tmp{Path.GetExtension(full)}");
        try
        {
            writeTemp(temp);
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    /// <summary>Writes UTF-8 text (no byte-order mark).</summary>
    public static void Write(string path, string text) =>
        Write(path, temp => File.WriteAllText(temp, text, new UTF8Encoding(false)));

    /// <summary>Writes bytes.</summary>
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        var copy = bytes.ToArray();
        Write(path, temp => File.WriteAllBytes(temp, copy));
    }
}
