namespace CohesionSite.Site.Rendering;

/// <summary>
/// Markup our own code made safe (rendered Markdown, an SVG chart). The only type the templates write
/// without escaping: content strings are never wrapped in it.
/// </summary>
/// <param name="Html">The markup.</param>
public sealed record HtmlString(string Html)
{
    /// <summary>Nothing.</summary>
    public static HtmlString Empty { get; } = new(string.Empty);

    /// <summary>The markup.</summary>
    public override string ToString() => Html;
}
