using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;
using Scriban;
using Scriban.Runtime;

namespace CohesionSite.Site.Rendering;

/// <summary>
/// Every template, parsed once per build (never per page), from the embedded resources or an
/// override folder; rendering reuses a pool of contexts so member accessors are built once per thread.
/// </summary>
internal sealed class TemplateSet
{
    private const string Prefix = "templates/";
    private readonly FrozenDictionary<string, Template> _templates;
    private readonly Func<string, ScriptObject> _functionsFor;
    private readonly ConcurrentDictionary<string, ScriptObject> _functions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentBag<AutoEscapeContext>> _pools = new(StringComparer.Ordinal);

    private readonly ScriptObject _partial = new();

    private TemplateSet(FrozenDictionary<string, Template> templates, Func<string, ScriptObject> functionsFor)
    {
        _templates = templates;
        _functionsFor = functionsFor;
        // `partial "status-bars"` renders another template of the set with the caller's variables;
        // its result is markup already escaped value by value, so it is not escaped again (Scriban's
        // own include would hand back a plain string, which the auto-escaping would escape).
        _partial.Import("partial", new Func<TemplateContext, string, HtmlString>(RenderPartial));
    }

    /// <summary>Template names (without extension).</summary>
    public IEnumerable<string> Names => _templates.Keys;

    /// <summary>
    /// Loads and parses every template; parse errors name the template and position.
    /// <paramref name="functionsFor"/> makes the functions of one language's pages (their links and
    /// interface text), asked once per language.
    /// </summary>
    public static TemplateSet Load(string? overrides, Func<string, ScriptObject> functionsFor, Action<string> error)
    {
        var sources = new Dictionary<string, (string Text, string Origin)>(StringComparer.Ordinal);
        var assembly = typeof(TemplateSet).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var key = Path.GetFileNameWithoutExtension(name[Prefix.Length..]);
            sources[key] = (reader.ReadToEnd(), name);
        }

        if (overrides is not null && Directory.Exists(overrides))
        {
            foreach (var file in Directory.GetFiles(overrides, "*.sbn"))
            {
                sources[Path.GetFileNameWithoutExtension(file)] = (File.ReadAllText(file), file);
            }
        }

        var parsed = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var (key, (text, origin)) in sources)
        {
            var template = Template.Parse(text, origin);
            if (template.HasErrors)
            {
                foreach (var m in template.Messages)
                {
                    error($"template {m}");
                }

                continue;
            }

            parsed[key] = template;
        }

        return new TemplateSet(parsed.ToFrozenDictionary(StringComparer.Ordinal), functionsFor);
    }

    /// <summary>Whether a template exists.</summary>
    public bool Has(string name) => _templates.ContainsKey(name);

    /// <summary>Renders a template with the given globals in a language's functions (thread-safe).</summary>
    /// <remarks>
    /// With <paramref name="untranslated"/> (a mirror's page), the text it knows as untranslated is
    /// marked with its language where markup can go (not in a tag or the title). It is given per
    /// render, never kept with a pooled context: a preview rebuilds its mirrors when content changes.
    /// </remarks>
    public string Render(string name, ScriptObject globals, string language, Mirror.UntranslatedMarker? untranslated = null)
    {
        if (!_templates.TryGetValue(name, out var template))
        {
            throw new InvalidOperationException($"no template '{name}'");
        }

        // Contexts are pooled per language: each holds that language's functions pushed once.
        var pool = _pools.GetOrAdd(language, _ => []);
        if (!pool.TryTake(out var context))
        {
            context = new AutoEscapeContext();
            context.PushGlobal(_functions.GetOrAdd(language, _functionsFor));
            context.PushGlobal(_partial);
        }

        context.PushGlobal(globals);
        context.Untranslated = untranslated;
        // A context whose render threw may hold half a page: it is dropped, not pooled.
        var html = template.Render(context);
        context.PopGlobal();
        pool.Add(context);
        return html;
    }

    private HtmlString RenderPartial(TemplateContext context, string name)
    {
        if (!_templates.TryGetValue(name, out var template))
        {
            throw new InvalidOperationException($"no template '{name}' to render as a partial");
        }

        // Render returns what it wrote to the pushed output (and clears it), so the caller's page is untouched.
        string html;
        context.PushOutput();
        try
        {
            html = template.Render(context);
        }
        finally
        {
            context.PopOutput();
        }

        return new HtmlString(html);
    }

    /// <summary>Where the embedded templates come from (for documentation and tests).</summary>
    public static IEnumerable<string> EmbeddedNames() =>
        Assembly.GetExecutingAssembly().GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal));
}
