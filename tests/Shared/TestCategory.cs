namespace CohesionSite.Tests;

/// <summary>
/// The trait that sorts tests for <c>scripts/test.sh --fast</c>: browser tests (Chromium) and other
/// slow real-tool tests (LibreOffice round trips, packing and installing the tool, the bench, SARIF
/// at scale) are skipped by the quick loop; the plain test command still runs everything.
/// </summary>
public static class TestCategory
{
    /// <summary>The trait's name, as <c>dotnet test --filter</c> reads it.</summary>
    public const string Name = "Category";

    /// <summary>Drives Chromium (Playwright, axe).</summary>
    public const string Browser = "Browser";

    /// <summary>Runs a slow real tool or a large build (tens of seconds or more).</summary>
    public const string Slow = "Slow";
}
