namespace CohesionSite.Site.Output;

/// <summary>A folder no output may be or contain, nor (unless <paramref name="MayHoldOutput"/>) sit inside: the repository's content, rules and .git, and its root.</summary>
/// <param name="Path">Absolute path.</param>
/// <param name="Label">How messages name it ("the content folder").</param>
/// <param name="MayHoldOutput">True for the repository root, whose <c>output/</c> is the default output.</param>
public sealed record ProtectedPath(string Path, string Label, bool MayHoldOutput = false);
