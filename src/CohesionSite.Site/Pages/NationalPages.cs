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
    private const string IndexTitle = "National frameworks";

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
        PageFactory.SitePage(links, SitePaths.National, IndexTitle, new
        {
            Frameworks = model.National.Frameworks.Where(f => SitePaths.IsSegment(f.Id)).Select(f => new
            {
                f.Title,
                Url = links.Url(SitePaths.NationalFramework(f.Id)),
                Publisher = Publisher(f.Publisher, f.Year),
                Items = Labels.Count(f.Items.Count, "item", "items"),
                // Declaring a framework is the strategy's own statement; use of its items is on the framework's page.
                Declared = model.Strategies.Where(sv => sv.Content.Strategy.Frameworks.Contains(f.Id)).Select(sv => new { Title = sv.PlaceTitle, Url = sv.Url() }).ToArray(),
            }).ToArray(),
            IndicatorsUrl = links.Url(SitePaths.NationalIndicators),
            IndicatorCount = Labels.Count(model.National.Indicators.Count, "indicator", "indicators"),
            Definitions = model.National.Definitions.Select(d => new
            {
                Anchor = Links.Anchor("definition", d.Id),
                d.Title,
                Publisher = Publisher(d.Publisher, d.Year),
                d.Intro,
                d.Clauses,
                Adopted = model.Strategies.Where(sv => sv.Content.Strategy.Definition?.Ref == d.Id).Select(sv => new { Title = sv.PlaceTitle, Url = sv.Url() }).ToArray(),
            }).ToArray(),
        }, "The national frameworks, definitions and indicators the strategies refer to, and which strategies use each");

    private static Page Framework(SiteModel model, Links links, Framework f)
    {
        var page = PageFactory.SitePage(links, SitePaths.NationalFramework(f.Id), f.Title, new
        {
            Publisher = Publisher(f.Publisher, f.Year),
            f.Intro,
            Declared = model.Strategies.Where(sv => sv.Content.Strategy.Frameworks.Contains(f.Id)).Select(sv => new { Title = sv.PlaceTitle, Url = sv.Url() }).ToArray(),
            Items = f.Items.Select(i =>
            {
                var reference = $"{f.Id}/{i.Id}";
                var uses = model.Strategies.Select(sv => NationalUse.OfItem(sv, reference)).Where(u => u is not null).ToArray();
                return new
                {
                    Anchor = Links.Anchor("item", i.Id),
                    i.Title,
                    i.Text,
                    Uses = uses,
                };
            }).ToArray(),
        }, $"{f.Title}: each item and the strategies that use it");
        return WithTrail(page, links);
    }

    private static Page Indicators(SiteModel model, Links links)
    {
        var page = PageFactory.SitePage(links, SitePaths.NationalIndicators, "National indicators", new
        {
            Indicators = model.National.Indicators.Select(n => new
            {
                Anchor = Links.Anchor("ni", n.Id),
                n.Code,
                n.Title,
                Survey = n.Survey ?? "Not stated",
                Direction = n.Direction switch { Direction.Higher => "Higher is better", Direction.Lower => "Lower is better", _ => "Not stated" },
                Uses = model.Strategies.Select(sv => new { Title = sv.PlaceTitle, Indicators = NationalUse.OfIndicator(sv, n.Id) })
                    .Where(u => u.Indicators.Count > 0).ToArray(),
            }).ToArray(),
        }, "The national indicator set entries (NI codes) the strategies use, and which strategies report each");
        return WithTrail(page, links);
    }

    // Framework and indicator pages sit under the national index in the breadcrumbs.
    private static Page WithTrail(Page page, Links links) => new()
    {
        Title = page.Title,
        Path = page.Path,
        Description = page.Description,
        Breadcrumbs = [PageFactory.Home(links), new Crumb(IndexTitle, links.Url(SitePaths.National)), new Crumb(page.Title, null)],
        Model = page.Model,
        Scripts = page.Scripts,
    };

    private static string? Publisher(string? publisher, int? year) =>
        publisher is null ? year?.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : year is { } y ? $"{publisher}, {y.ToString(System.Globalization.CultureInfo.InvariantCulture)}"
        : publisher;
}
