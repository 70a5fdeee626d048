using CohesionSite.Core.Model;
using CohesionSite.Site.Pages;
using Scriban;
using Scriban.Runtime;

namespace CohesionSite.Site.Rendering;

/// <summary>The few functions templates may call; everything else is data on the page model.</summary>
internal static class TemplateFunctions
{
    /// <summary>Builds the read-only global object shared by every render of one language's pages.</summary>
    /// <param name="links">The language's links.</param>
    /// <param name="text">The language's interface text.</param>
    public static ScriptObject Create(Pipeline.Links links, Localization.UiText text)
    {
        var so = new ScriptObject();
        // t KEY [ARGS…]: the interface text of a key in the page's language ({0}… filled from ARGS);
        // tn KEY COUNT [ARGS…]: the form of a sentence about COUNT ({0} is the count).
        so.Import("t", new Func<string, object?[], string>(text.Format));
        so.Import("tn", new Func<string, long, object?[], string>(text.Plural));
        so.Import("md", new Func<TemplateContext, string?, HtmlString>((c, t) => Marked(c, t, MarkdownRenderer.Render(t), "div")));
        // md_at TEXT LEVEL: Markdown whose headings start at h{LEVEL}, for content that sits directly
        // under the h1 (2) or under an h3 (4).
        so.Import("md_at", new Func<TemplateContext, string?, int, HtmlString>((c, t, level) => Marked(c, t, MarkdownRenderer.Render(t, level), "div")));
        so.Import("md_inline", new Func<TemplateContext, string?, HtmlString>((c, t) => Marked(c, t, MarkdownRenderer.Inline(t), "span")));
        so.Import("url", new Func<string, string>(links.Url));
        // date, label and rag write in the page's language.
        so.Import("date", new Func<object?, string>(o => o is PartialDate d ? Labels.Date(d, text) : string.Empty));
        so.Import("label", new Func<object?, string>(o => o is Enum e ? Labels.Humanize(e, text) : o?.ToString() ?? string.Empty));
        so.Import("ext", new Func<string?, string?>(SafeUrl.Check));
        so.Import("rag", new Func<object?, string>(o => Labels.Rag(o as Rag?, text)));
        so.Import("rag_class", new Func<object?, string>(o => Labels.RagClass(o as Rag?)));
        so.Import("anchor", new Func<string, string, string>(Pipeline.Links.Anchor));
        so.Import("any", new Func<object?, bool>(Any));
        so.Import("count", new Func<object?, int>(o => o is System.Collections.ICollection c ? c.Count : o is System.Collections.IEnumerable e ? e.Cast<object>().Count() : 0));
        return so;
    }

    // On a mirror's page, Markdown the translation lacks is shown in its own language and says so,
    // so a screen reader reads it in that language's voice (the render's marker: see TemplateSet.Render).
    private static HtmlString Marked(TemplateContext context, string? text, HtmlString html, string element) =>
        context is AutoEscapeContext { Untranslated: { } marker } && text is not null && html.Html.Length > 0 && marker.IsWhole(text)
            ? new HtmlString($"<{element} lang=\"{marker.Language}\">{html.Html}</{element}>")
            : html;

    /// <summary>Truthiness the templates can rely on: non-blank strings and non-empty lists.</summary>
    private static bool Any(object? o) => o switch
    {
        null => false,
        string s => !string.IsNullOrWhiteSpace(s),
        HtmlString h => h.Html.Length > 0,
        System.Collections.ICollection c => c.Count > 0,
        System.Collections.IEnumerable e => e.Cast<object>().Any(),
        bool b => b,
        _ => true,
    };
}
