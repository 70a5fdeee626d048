using System.Globalization;
using System.Net;
using System.Text;

namespace CohesionSite.Site.Charts;

/// <summary>
/// Shared drawing helpers. Charts are drawn 340 units wide with 15-unit text and shown at most
/// 25rem wide (site.css), so text is never smaller than 12 CSS px on a 320 px phone (288 px of
/// content width: 15 × 288 / 340 ≈ 12.7) and never huge on a desktop.
/// </summary>
internal static class ChartSvg
{
    public const int Width = 340;
    public const int Font = 15;

    // Dark, distinct colours (each >= 3:1 against white); series also differ by marker shape.
    private static readonly string[] Colours = ["#1d5c96", "#8a3b12", "#2f6b2f", "#6b3d8f", "#7a5c00", "#005f5f"];

    // Measurement marker outlines centred on 0,0: circle, triangle, inverted triangle (the square
    // and diamond are kept for the baseline and targets).
    private static readonly string[] Shapes =
    [
        "M-5 0a5 5 0 1 0 10 0a5 5 0 1 0 -10 0Z",
        "M0 -6L6 5H-6Z",
        "M0 6L6 -5H-6Z",
    ];

    public static string Colour(int series) => Colours[series % Colours.Length];

    // Shifting the shape every full round of colours keeps colour + shape distinct for 18 series.
    public static string Shape(int series) => Shapes[(series / Colours.Length + series) % Shapes.Length];

    public const string Square = "M-5 -5H5V5H-5Z";

    public const string Diamond = "M0 -7L7 0L0 7L-7 0Z";

    public static void Open(StringBuilder sb, string id, int height, string title, string description)
    {
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" focusable=\"false\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-t\">{Esc(title)}</title>");
        sb.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-d\">{Esc(description)}</desc>");
    }

    /// <summary>Approximate text width, to wrap the legend without measuring fonts.</summary>
    public static double TextWidth(string s) => s.Length * Font * 0.56;

    /// <summary>Lays out legend items in rows that fit the width; returns each item's position and the height used.</summary>
    public static (IReadOnlyList<(double X, double Y)> At, int Height) LegendLayout(IReadOnlyList<string> names)
    {
        var at = new List<(double, double)>();
        double x = 4, y = 0;
        foreach (var n in names)
        {
            var w = 20 + TextWidth(n) + 14;
            if (x > 4 && x + w > Width)
            {
                (x, y) = (4, y + 22);
            }

            at.Add((x, y));
            x += w;
        }

        return (at, names.Count == 0 ? 0 : (int)y + 22);
    }

    /// <summary>One legend entry: its marker drawn the way the marks are, and the series name.</summary>
    public static void LegendItem(StringBuilder sb, int series, string marker, double x, double y, string name)
    {
        sb.Append(CultureInfo.InvariantCulture, $"<g class=\"legend-item series-{series}\">");
        sb.Append(marker.Replace("{x}", F(x + 6), StringComparison.Ordinal).Replace("{y}", F(y), StringComparison.Ordinal));
        sb.Append(CultureInfo.InvariantCulture, $"<text class=\"legend\" x=\"{F(x + 18)}\" y=\"{F(y + 5)}\">{Esc(name)}</text></g>");
    }

    public static (double Top, double Step) Scale(double min, double max)
    {
        var range = Math.Max(max - min, 1e-9);
        var raw = range / 4;
        var mag = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * mag).First(s => s >= raw);
        return (min + step * Math.Ceiling((max - min) / step + 0.0001), step);
    }

    public static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Esc(string? s) => WebUtility.HtmlEncode(s ?? string.Empty);
}
