using System.Collections.Frozen;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;
using CohesionSite.Site.Pipeline;

namespace CohesionSite.Site.Pages;

/// <summary>The model as the site needs it: each strategy with its findings, gap summary and derived lookups.</summary>
public sealed class SiteModel
{
    /// <summary>Builds the derived model once, before any page is made.</summary>
    public SiteModel(ContentSet content, GapReport report, Links links, Content.ContentDates? updated = null, DateOnly? today = null, Localization.UiText? text = null)
    {
        Text = text ?? Localization.UiText.For("en");
        var byStrategy = report.Findings.GroupBy(f => f.Strategy, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Finding>)g.ToArray(), StringComparer.Ordinal);
        Strategies = content.Strategies
            .Select(s => new StrategyView(s, content.National, byStrategy.GetValueOrDefault(s.Id, []), links)
            {
                Text = Text,
                Updated = Dates.Updated(updated?.For(s.Id), Text),
                Historic = Dates.Historic(s.Strategy, today ?? DateOnly.FromDateTime(DateTime.UtcNow), Text),
            })
            .ToArray();
        ById = Strategies.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        National = content.National;
        Report = report;
    }

    /// <summary>The interface text of the language this model's pages are written in.</summary>
    public Localization.UiText Text { get; }

    /// <summary>Strategies in id order.</summary>
    public IReadOnlyList<StrategyView> Strategies { get; }

    /// <summary>Strategies by id.</summary>
    public FrozenDictionary<string, StrategyView> ById { get; }

    /// <summary>The national layer.</summary>
    public NationalSet National { get; }

    /// <summary>The gap report.</summary>
    public GapReport Report { get; }

    /// <summary>
    /// True in the preview: what each strategy uses of each national item is kept with the strategy's
    /// content between edits (see <c>NationalUse.OfItem</c>), since an edit rebuilds the framework pages.
    /// </summary>
    public bool KeepsNationalUses { get; init; }
}
