namespace CohesionSite.Site.Localization;

/// <summary>The CLDR plural categories a count takes in a language.</summary>
public enum PluralCategory
{
    /// <summary>cy: 0.</summary>
    Zero,
    /// <summary>en, cy: 1.</summary>
    One,
    /// <summary>cy: 2.</summary>
    Two,
    /// <summary>cy: 3.</summary>
    Few,
    /// <summary>cy: 6.</summary>
    Many,
    /// <summary>Everything else.</summary>
    Other,
}

/// <summary>
/// CLDR's cardinal plural rules for the languages the site speaks (unicode.org/cldr, "Language Plural
/// Rules"): English has one/other; Welsh has zero (0), one (1), two (2), few (3), many (6) and other.
/// A resource string may give only some categories; <see cref="UiText"/> falls back to <c>other</c>.
/// </summary>
public static class PluralRules
{
    /// <summary>The category of a whole-number count in a language ("en", "cy").</summary>
    public static PluralCategory Select(string language, long n) => language switch
    {
        "cy" => n switch
        {
            0 => PluralCategory.Zero,
            1 => PluralCategory.One,
            2 => PluralCategory.Two,
            3 => PluralCategory.Few,
            6 => PluralCategory.Many,
            _ => PluralCategory.Other,
        },
        _ => n == 1 ? PluralCategory.One : PluralCategory.Other,
    };

    /// <summary>The YAML key of a category (<c>zero</c>, <c>one</c> … <c>other</c>).</summary>
    public static string Key(PluralCategory category) => category switch
    {
        PluralCategory.Zero => "zero",
        PluralCategory.One => "one",
        PluralCategory.Two => "two",
        PluralCategory.Few => "few",
        PluralCategory.Many => "many",
        _ => "other",
    };
}
