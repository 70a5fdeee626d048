using System.Text.RegularExpressions;

namespace CohesionSite.Content.Export;

/// <summary>
/// The CSV formula-injection guard (OWASP "CSV Injection"), shared by the site's open-data
/// downloads and <c>cohesion export --format csv</c>: a text cell that starts with <c>=</c>,
/// <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return is written with a leading
/// <c>'</c>, so Calc and Excel show it as text instead of running it. <see cref="Unguard"/> undoes
/// exactly that, so an export → import round trip gives back the text it started from.
/// </summary>
public static partial class CsvGuard
{
    /// <summary>The guarded form of a text cell (numbers are passed as text too: a plain one is left alone).</summary>
    public static string Guard(string text) => NeedsGuard(text) ? "'" + text : text;

    /// <summary>The text a guarded cell stood for: one leading <c>'</c> removed where <see cref="Guard"/> added it.</summary>
    public static string Unguard(string text) => text.Length > 1 && text[0] == '\'' && NeedsGuard(text[1..]) ? text[1..] : text;

    /// <summary>
    /// True when a spreadsheet could read <paramref name="text"/> as a formula — or when it already
    /// starts with quotes before such a character, which must be guarded too, or the import would
    /// take the user's own quote for ours.
    /// </summary>
    public static bool NeedsGuard(string text)
    {
        var start = text.AsSpan().TrimStart('\'');
        if (start.Length == 0 || start[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r'))
        {
            return false;
        }

        // A plain negative number ("-1.5") cannot carry a formula, and a spreadsheet must still see a number.
        return start.Length != text.Length || !PlainNumber().IsMatch(text);
    }

    [GeneratedRegex(@"^-\d+(\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
