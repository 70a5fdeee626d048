namespace CohesionSite.Rules.Facts;

/// <summary>Small conversions facts share: enum names as YAML writes them, years of period texts.</summary>
internal static class Shapes
{
    /// <summary><c>NotStarted</c> → <c>not-started</c>, as the content writes enum values.</summary>
    public static string Kebab<T>(T value) where T : struct, Enum => KebabCache<T>.Names.TryGetValue(value, out var name) ? name : Content.Shapes.Naming.Kebab(value.ToString());

    // Facts are built by the hundred thousand: name each enum value once.
    private static class KebabCache<T> where T : struct, Enum
    {
        public static readonly IReadOnlyDictionary<T, string> Names = Enum.GetValues<T>().Distinct().ToDictionary(v => v, v => Content.Shapes.Naming.Kebab(v.ToString()));
    }

    /// <summary>The last year a period text covers (see <see cref="Analysis.Periods.EndYear"/>); 0 when it holds no year.</summary>
    public static int EndYear(string? period) => Analysis.Periods.EndYear(period);
}
