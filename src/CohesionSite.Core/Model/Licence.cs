namespace CohesionSite.Core.Model;

/// <summary>
/// The licence open data is published under: the site's default (<c>DataLicence</c> in statiq.json) or a
/// strategy's own (<c>dataLicence:</c> in strategy.yaml). Written into each data package as a
/// Frictionless <c>licenses</c> entry and named on the open-data page.
/// </summary>
public sealed record Licence : Node
{
    /// <summary>Its identifier, SPDX-style where one exists (<c>OGL-UK-3.0</c>, <c>CC-BY-4.0</c>).</summary>
    public string? Name { get; init; }

    /// <summary>Its title as readers know it ("Open Government Licence v3.0").</summary>
    public required string Title { get; init; }

    /// <summary>Where its text is published (http or https).</summary>
    [Pattern("^https?://\\S+$")]
    public string? Path { get; init; }
}
