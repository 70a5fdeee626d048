using CohesionSite.Site.Pages;
using CohesionSite.Site.Pipeline;

namespace CohesionSite.Site.Stages;

/// <summary>Reads the model: derives what every page shares (findings per strategy, summaries, lookups) once.</summary>
public sealed class ReadModelStage : ISetStage
{
    /// <inheritdoc/>
    public string Name => "read-model";

    /// <inheritdoc/>
    public void Execute(SiteContext context)
    {
        context.Model = new SiteModel(context.Content, context.Report, context.Links, context.Updated, context.Today, context.Text());
        context.Mirrors = Mirror.SiteMirror.For(context.Content, context.Report, context.Links, context.Settings, context.Updated, context.Today);
        foreach (var f in context.Report.Findings.Where(f => f.Strategy.Length > 0 && !context.Model.ById.ContainsKey(f.Strategy)))
        {
            context.Error($"{f.Mark}: finding {f.RuleId} names unknown strategy '{f.Strategy}'");
        }
    }
}
