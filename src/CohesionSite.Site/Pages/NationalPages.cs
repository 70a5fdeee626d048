using CohesionSite.Core.Model;
using CohesionSite.Site.Pipeline;

namespace CohesionSite.Site.Pages;

/// <summary>
/// The national layer shared by every strategy (content/national): an index, one page per
/// framework (CIC principles, White Paper priorities …) and one for the national indicator set,
/// each item listing which strategies use it — the one place to compare areas.
/// </summary>
internal static class NationalPages
{
    /// <summary>Every national page: the index, each framework, the indicator set.</summary>
    public static IEnumerable<Page> All(SiteModel model, Links links)
    {
        yield return Index(model, links);
        foreach (var f in model.National.Frameworks.Where(f => SitePaths.IsSegment(f.Id)))
        {
            yield return Framework(model, links, f);
        }

        yield return Indicators(model, links);
    }

    private static Page Index(SiteModel model, Links links) =>
        PageFactory.SitePage(links, model.Text, SitePaths.National, model.Text["national.title"], new
        {
            Frameworks = model.National.Frameworks.Where(f => SitePaths.IsSegment(f.Id)).Select(f => new
            {
                f.Title,
                Url = links.Url(SitePaths.NationalFramework(f.Id)),
                Publisher = Publisher(f.Publisher, f.Year),
                Items = model.Text.Plural("national.items", f.Items.Count),
                // Declaring a framework is the strategy's own statement; use of its items is on the framework's page.
                Declared = model.Strategies.Where(sv => sv.Content.Strategy.Frameworks.Contains(f.Id)).Select(sv => new { Title = sv.PlaceTitle, Url = sv.Url() }).ToArray(),
            }).ToArray(),
            IndicatorsUrl = links.Url(SitePaths.NationalIndicators),
            IndicatorCount = model.Text.Plural("national.indicator_count", model.National.Indicators.Count),
            Definitions = model.National.Definitions.Select(d => new
            {
                Anchor = Links.Anchor("definition", d.Id),
                d.Title,
                Publisher = Publisher(d.Publisher, d.Year),
                d.Intro,
                d.Clauses,
                Adopted = model.Strategies.Where(sv => sv.Content.Strategy.Definition?.Ref == d.Id).Select(sv => new { Title = sv.PlaceTitle, Url = sv.Url() }).ToArray(),
            }).ToArray(),
        }, model.Text["national.description"]);

    private static Page Framework(SiteModel model, Links links, Framework f)
    {
        var page = PageFactory.SitePage(links, model.Text, SitePaths.NationalFramework(f.Id), f.Title, new
        {
            Publisher = Publisher(f.Publisher, f.Year),
            f.Intro,
            Declared = model.Strategies.Where(sv => sv.Content.Strategy.Frameworks.Contains(f.Id)).Select(sv => new { Title = sv.PlaceTitle, Url = sv.Url() }).ToArray(),
            Items = f.Items.Select(i =>
            {
                var reference = $"{f.Id}/{i.Id}";
                var uses = model.Strategies.Select(sv => NationalUse.OfItem(sv, reference, model.KeepsNationalUses)).Where(u => u is not null).ToArray();
                return new
                {
                    Anchor = Links.Anchor("item", i.Id),
                    i.Title,
                    i.Text,
                    Uses = uses,
                };
            }).ToArray(),
        }, model.Text.Format("national.framework_description", f.Title));
        return WithTrail(page, links, model.Text);
    }

    private static Page Indicators(SiteModel model, Links links)
    {
        var text = model.Text;
        var page = PageFactory.SitePage(links, text, SitePaths.NationalIndicators, text["national.indicators_title"], new
        {
            Indicators = model.National.Indicators.Select(n => new
            {
                Anchor = Links.Anchor("ni", n.Id),
                n.Code,
                n.Title,
                Survey = n.Survey ?? text["national.not_stated"],
                Direction = text[n.Direction switch { Direction.Higher => "national.higher", Direction.Lower => "national.lower", _ => "national.not_stated" }],
                Uses = model.Strategies.Select(sv => new { Title = sv.PlaceTitle, Indicators = NationalUse.OfIndicator(sv, n.Id) })
                    .Where(u => u.Indicators.Count > 0).ToArray(),
            }).ToArray(),
        }, text["national.indicators_description"]);
        return WithTrail(page, links, text);
    }

    // Framework and indicator pages sit under the national index in the breadcrumbs.
    private static Page WithTrail(Page page, Links links, Localization.UiText text) => new()
    {
        Title = page.Title,
        Path = page.Path,
        Description = page.Description,
        Breadcrumbs = [PageFactory.Home(links, text), new Crumb(text["national.title"], links.Url(SitePaths.National)), new Crumb(page.Title, null)],
        Model = page.Model,
        Scripts = page.Scripts,
    };

    private static string? Publisher(string? publisher, int? year) =>
        publisher is null ? year?.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : year is { } y ? $"{publisher}, {y.ToString(System.Globalization.CultureInfo.InvariantCulture)}"
        : publisher;
}
