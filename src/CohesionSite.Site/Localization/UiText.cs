using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace CohesionSite.Site.Localization;

/// <summary>
/// The interface text of one language: every heading, label, sentence and date word the site writes
/// around the content, read from one resource file per language (<c>Strings/en.yaml</c>,
/// <c>Strings/cy.yaml</c>) so a translator reviews one file and no template or C# holds wording.
/// Keys are dotted paths into the file's nested maps (<c>layout.nav.search</c>). A value is either a
/// string, with <c>{0}</c>, <c>{1}</c> … for what is put in at run time, or a map of CLDR plural
/// categories (<c>zero</c>, <c>one</c>, <c>two</c>, <c>few</c>, <c>many</c>, <c>other</c>) for a
/// sentence about a count. A key the file lacks is an error, never a silent English fallback.
/// </summary>
public sealed class UiText
{
    private const string Prefix = "strings/";
    private static readonly ConcurrentDictionary<string, UiText> Cache = new(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, string> _strings;
    private readonly FrozenDictionary<string, FrozenDictionary<PluralCategory, string>> _plurals;

    private UiText(string language, string origin, FrozenDictionary<string, string> strings, FrozenDictionary<string, FrozenDictionary<PluralCategory, string>> plurals)
    {
        Language = language;
        Origin = origin;
        _strings = strings;
        _plurals = plurals;
    }

    /// <summary>The language code (<c>en</c>, <c>cy</c>).</summary>
    public string Language { get; }

    /// <summary>The resource the text came from (named in errors).</summary>
    public string Origin { get; }

    /// <summary>Every key, plain and plural (for the completeness tests and the translator's checklist).</summary>
    public IEnumerable<string> Keys => _strings.Keys.Concat(_plurals.Keys);

    /// <summary>The plural categories a plural key gives.</summary>
    public IReadOnlyCollection<PluralCategory> PluralForms(string key) => _plurals.TryGetValue(key, out var forms) ? forms.Keys : [];

    /// <summary>The raw pattern of a key (a plural key gives its <c>other</c> form).</summary>
    public string Pattern(string key) => _strings.TryGetValue(key, out var s) ? s
        : _plurals.TryGetValue(key, out var p) ? p[PluralCategory.Other]
        : throw Missing(key);

    /// <summary>The languages whose interface text ships in the assembly.</summary>
    public static IReadOnlyList<string> Available { get; } = typeof(UiText).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..^".yaml".Length])
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>The interface text of a language (<c>en</c>, <c>cy</c>; a region such as <c>en-GB</c> is dropped), loaded once.</summary>
    public static UiText For(string language)
    {
        var code = language.Split('-', 2)[0].ToLowerInvariant();
        return Cache.GetOrAdd(code, Load);
    }

    /// <summary>The text of a key.</summary>
    public string this[string key] => _strings.TryGetValue(key, out var s) ? s : throw Missing(key);

    /// <summary>The text of a key with <c>{0}</c>, <c>{1}</c> … replaced by the arguments (numbers written the language's way).</summary>
    public string Format(string key, params object?[] args) => Fill(this[key], args);

    /// <summary>
    /// The sentence for a count: the key's form for the count's plural category (its <c>other</c>
    /// form where the file gives no such category), with <c>{0}</c> the count and <c>{1}</c> … the arguments.
    /// </summary>
    public string Plural(string key, long count, params object?[] args)
    {
        if (!_plurals.TryGetValue(key, out var forms))
        {
            throw Missing(key);
        }

        var pattern = forms.TryGetValue(PluralRules.Select(Language, count), out var form) ? form : forms[PluralCategory.Other];
        var all = new object?[args.Length + 1];
        all[0] = count;
        args.CopyTo(all, 1);
        return Fill(pattern, all);
    }

    /// <summary>A whole number as the language writes it (both English and Welsh group thousands with a comma).</summary>
    public string Number(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A number with up to <paramref name="decimals"/> decimals, as the language writes it.</summary>
    public string Number(double n, int decimals = 1) => n.ToString("#,0." + new string('#', Math.Max(decimals, 0)), CultureInfo.InvariantCulture);

    /// <summary>The name of a month (1 = January) in the language.</summary>
    public string Month(int month) => this[$"dates.months.{month.ToString(CultureInfo.InvariantCulture)}"];

    private string Fill(string pattern, object?[] args)
    {
        if (args.Length == 0 || pattern.IndexOf('{') < 0)
        {
            return pattern;
        }

        var sb = new StringBuilder(pattern.Length + 16);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '{' && i + 2 < pattern.Length && char.IsAsciiDigit(pattern[i + 1]) && pattern[i + 2] == '}')
            {
                var index = pattern[i + 1] - '0';
                if (index >= args.Length)
                {
                    throw new InvalidOperationException($"{Origin}: interface text '{pattern}' uses {{{index}}} but only {args.Length} value(s) were given");
                }

                sb.Append(Write(args[index]));
                i += 2;
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private string Write(object? value) => value switch
    {
        null => string.Empty,
        int i => Number(i),
        long l => Number(l),
        double d => Number(d),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private KeyNotFoundException Missing(string key) => new($"{Origin} has no interface text '{key}' (every key of en.yaml needs its twin in each language's file)");

    private static UiText Load(string language)
    {
        var name = Prefix + language + ".yaml";
        using var stream = typeof(UiText).Assembly.GetManifestResourceStream(name)
            ?? throw new KeyNotFoundException($"no interface text for language '{language}' (have: {string.Join(", ", Available)})");
        using var reader = new StreamReader(stream);
        return Parse(language, "Strings/" + language + ".yaml", reader);
    }

    /// <summary>Reads a strings file (for tests and for override folders).</summary>
    public static UiText Parse(string language, string origin, TextReader reader)
    {
        var yaml = new YamlStream();
        yaml.Load(reader);
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        var plurals = new Dictionary<string, FrozenDictionary<PluralCategory, string>>(StringComparer.Ordinal);
        if (yaml.Documents.Count > 0 && yaml.Documents[0].RootNode is YamlMappingNode root)
        {
            Walk(root, string.Empty, origin, strings, plurals);
        }

        return new UiText(language, origin, strings.ToFrozenDictionary(StringComparer.Ordinal), plurals.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static void Walk(YamlMappingNode map, string path, string origin, Dictionary<string, string> strings, Dictionary<string, FrozenDictionary<PluralCategory, string>> plurals)
    {
        foreach (var (k, v) in map.Children)
        {
            var key = path.Length == 0 ? ((YamlScalarNode)k).Value! : path + "." + ((YamlScalarNode)k).Value;
            switch (v)
            {
                case YamlScalarNode scalar:
                    strings[key] = scalar.Value ?? string.Empty;
                    break;
                case YamlMappingNode child when IsPlural(child):
                    var forms = child.Children.ToDictionary(
                        p => Enum.Parse<PluralCategory>(((YamlScalarNode)p.Key).Value!, ignoreCase: true),
                        p => ((YamlScalarNode)p.Value).Value ?? string.Empty);
                    if (!forms.ContainsKey(PluralCategory.Other))
                    {
                        throw new InvalidDataException($"{origin}:{child.Start.Line}:{child.Start.Column}: plural text '{key}' needs an 'other' form");
                    }

                    plurals[key] = forms.ToFrozenDictionary();
                    break;
                case YamlMappingNode child:
                    Walk(child, key, origin, strings, plurals);
                    break;
                case YamlSequenceNode list:
                    // A list is numbered from 1 (dates.months.1 = January).
                    for (var i = 0; i < list.Children.Count; i++)
                    {
                        strings[key + "." + (i + 1).ToString(CultureInfo.InvariantCulture)] = ((YamlScalarNode)list.Children[i]).Value ?? string.Empty;
                    }

                    break;
            }
        }
    }

    private static readonly FrozenSet<string> PluralKeys = FrozenSet.ToFrozenSet(["zero", "one", "two", "few", "many", "other"], StringComparer.Ordinal);

    private static bool IsPlural(YamlMappingNode node) =>
        node.Children.Count > 0 && node.Children.All(p => p.Key is YamlScalarNode { Value: { } k } && PluralKeys.Contains(k) && p.Value is YamlScalarNode);
}
