namespace CohesionSite.Core.Model;

/// <summary>A value cut to a length a one-line message can quote.</summary>
public static class Excerpt
{
    /// <summary>The text on one line, cut to <paramref name="max"/> characters with "..." where it was cut.</summary>
    public static string Clip(string text, int max = 60)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= max ? line : line[..(max - 3)] + "...";
    }
}
