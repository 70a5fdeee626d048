namespace CohesionSite.Site.Output;

/// <summary>
/// The small file a command leaves in every folder it writes (and in its staging folders), so a
/// later run can tell "mine, safe to replace" from "somebody's files" without guessing from names.
/// </summary>
public static class OutputMarker
{
    /// <summary>The marker's file name, at the top of the folder.</summary>
    public const string FileName = ".cohesion-output";

    private const string Prefix = "written-by: cohesion ";

    /// <summary>Writes the marker of <paramref name="kind"/> into <paramref name="folder"/>.</summary>
    public static void Write(string folder, OutputKind kind) =>
        File.WriteAllText(Path.Combine(folder, FileName), Prefix + Name(kind) + "\n# This folder is replaced as a whole by that command; do not keep other files in it.\n");

    /// <summary>The kind recorded in <paramref name="folder"/>'s marker; null when it has none (or one this tool did not write).</summary>
    public static OutputKind? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        string first;
        try
        {
            using var reader = new StreamReader(path);
            first = reader.ReadLine() ?? string.Empty;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        foreach (var kind in Enum.GetValues<OutputKind>())
        {
            if (first == Prefix + Name(kind))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>The command that writes <paramref name="kind"/>, as users type it.</summary>
    public static string Name(OutputKind kind) => kind switch
    {
        OutputKind.Site => "build",
        _ => "generate",
    };
}
