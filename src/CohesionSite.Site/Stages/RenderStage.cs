using CohesionSite.Site.Pipeline;
using CohesionSite.Site.Rendering;
using Scriban.Runtime;

namespace CohesionSite.Site.Stages;

/// <summary>Renders a page: its template with <c>page</c>, <c>m</c> and <c>site</c>, then the layout around it.</summary>
public sealed class RenderStage : IDocumentStage
{
    /// <inheritdoc/>
    public string Name => "render";

    /// <inheritdoc/>
    public void Process(SiteDocument document, SiteContext context)
    {
        if (document.Produce is { } produce)
        {
            document.Text = produce();
            document.Produce = null;
            return;
        }

        if (document.Template is null || document.Page is null)
        {
            return;
        }

        var templates = context.Templates ?? throw new InvalidOperationException("parse-templates must run first");
        var globals = new ScriptObject
        {
            ["page"] = document.Page,
            ["m"] = document.Page.Model,
            ["site"] = context.SiteInfoFor(document.Language),
        };
        var language = document.Language ?? context.Language;
        // A mirror's page marks what it shows untranslated, from this build's mirror (a preview makes new ones as content changes).
        var untranslated = context.MirrorOf(document.Language)?.Untranslated;
        var body = ContentsList.Insert(templates.Render(document.Template, globals, language, untranslated));
        globals["content"] = new HtmlString(body);
        document.Text = templates.Render("layout", globals, language, untranslated);
    }
}
