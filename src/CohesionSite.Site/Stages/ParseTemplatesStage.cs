using CohesionSite.Site.Pipeline;
using CohesionSite.Site.Rendering;

namespace CohesionSite.Site.Stages;

/// <summary>Parses every template once, before any page renders; a template error fails the build here.</summary>
public sealed class ParseTemplatesStage : ISetStage
{
    /// <inheritdoc/>
    public string Name => "parse-templates";

    /// <inheritdoc/>
    public void Execute(SiteContext context)
    {
        var templates = TemplateSet.Load(context.TemplateOverrides, language => TemplateFunctions.Create(context.LinksFor(language), context.Text(language)), context.Error);
        foreach (var missing in context.Documents.Select(d => d.Template).OfType<string>().Append("layout").Distinct().Where(t => !templates.Has(t)))
        {
            context.Error($"no template '{missing}'");
        }

        context.Templates = templates;
    }
}
