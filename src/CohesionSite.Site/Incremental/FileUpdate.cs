using CohesionSite.Content;

namespace CohesionSite.Site.Incremental;

/// <summary>Writes a file of the preview only when its bytes differ, and atomically, so a request never reads half a page.</summary>
internal static class FileUpdate
{
    /// <summary>Replaces <paramref name="path"/> with <paramref name="bytes"/> unless it already holds them; true when it wrote.</summary>
    public static bool WriteIfChanged(string path, ReadOnlySpan<byte> bytes)
    {
        if (File.Exists(path))
        {
            var info = new FileInfo(path);
            if (info.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
            {
                return false;
            }
        }

        AtomicFile.Write(path, bytes);
        return true;
    }
}
