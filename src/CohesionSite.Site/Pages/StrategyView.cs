using CohesionSite.Analysis;
using CohesionSite.Analysis.Findings;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;
using CohesionSite.Site.Pipeline;

namespace CohesionSite.Site.Pages;

/// <summary>One strategy with what its pages share: findings, partner names, navigation and where each entity is shown.</summary>
public sealed class StrategyView
{
    private readonly Links _links;

    /// <summary>Creates the view.</summary>
    public StrategyView(StrategyContent content, NationalSet national, IReadOnlyList<Finding> findings, Links links)
    {
        Content = content;
        National = national;
        Findings = findings;
        Summary = GapCounts.Of(findings);
        Analysis = StrategyAnalysis.Of(content, national);
        _links = links;
        ActionsByPriority = content.Actions.Where(a => a.Priority is not null)
            .GroupBy(a => a.Priority!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ActionItem>)g.ToArray(), StringComparer.Ordinal);
        ActionSegments = new EntitySegments(content.Actions.Select(a => a.Id));
        IndicatorSegments = new EntitySegments(content.Indicators.Select(i => i.Id));
    }

    /// <summary>The folder of each action's own page under <c>actions/</c>.</summary>
    public EntitySegments ActionSegments { get; }

    /// <summary>The folder of each indicator's own page under <c>indicators/</c>.</summary>
    public EntitySegments IndicatorSegments { get; }

    /// <summary>
    /// The title with its place: the strategy's own title when it names its area, else the area
    /// first ("Borough of Walsall: Community Cohesion Strategy"), so no tab, heading, breadcrumb or
    /// search result leaves a reader asking whose strategy it is.
    /// </summary>
    public string PlaceTitle => NamesPlace(Content.Strategy.Title, Content.Strategy.Area)
        ? Content.Strategy.Title
        : $"{Content.Strategy.Area}: {Content.Strategy.Title}";

    /// <summary>The interface text of the language its pages are written in.</summary>
    public Localization.UiText Text { get; init; } = Localization.UiText.For("en");

    /// <summary>When its content last changed (shown on each of its pages); null when unknown.</summary>
    public UpdatedDate? Updated { get; init; }

    /// <summary>The notice its pages carry when its period has ended (or it was superseded); null while it is current.</summary>
    public string? Historic { get; init; }

    /// <summary>
    /// What the document is when it is not a strategy ("A report with a toolkit, not a strategy"), from
    /// its <c>documentType</c>; null for a strategy (or a report that carries one), so nothing is said.
    /// </summary>
    /// <remarks>The type is the content's own word; English picks its article from it, so the key says which.</remarks>
    public string? NotAStrategy => Content.Strategy.DocumentType is { Length: > 0 } t && !t.Contains("strategy", StringComparison.OrdinalIgnoreCase)
        ? Text.Format(
            "page.not_a_strategy." + (GapPublicSummary.StartsWithVowel(t) ? "an" : "a") + (Content.Toolkit is not null ? "_toolkit" : string.Empty),
            t.ToLowerInvariant())
        : null;

    /// <summary>What the body named as its partnership is to the document: "Commissioned by" for a commissioned report, else "Partnership".</summary>
    public string OwnerLabel => Text[NotAStrategy is not null && Content.Strategy.Partners.Any(p => p.Roles.Contains("commissioner")) ? "page.owner_commissioned" : "page.owner_partnership"];

    /// <summary>The partners that wrote the document (role <c>author</c>), e.g. a consultancy; empty when none is named.</summary>
    public string Authors => string.Join("; ", Content.Strategy.Partners.Where(p => p.Roles.Contains("author")).Select(p => PartnerName(p.Id)));

    /// <summary>Its id.</summary>
    public string Id => Content.Id;

    /// <summary>The loaded strategy.</summary>
    public StrategyContent Content { get; }

    /// <summary>The links its URLs are made with.</summary>
    internal Links Links => _links;

    /// <summary>The national layer (definitions by reference, framework items).</summary>
    public NationalSet National { get; }

    /// <summary>Its findings.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Counts by severity (the same counts the report writers show for it).</summary>
    public GapCounts Summary { get; }

    /// <summary>What the model means (effective tags, coverage, indicator direction), shared with the rules.</summary>
    public StrategyAnalysis Analysis { get; }

    /// <summary>Actions by the priority they deliver (direct only).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<ActionItem>> ActionsByPriority { get; }

    /// <summary>
    /// Whether the strategy has anything for a section: only such sections become tabs, pages and
    /// sitemap entries. The overview and the gap report are always there.
    /// </summary>
    public bool Has(string segment) => segment switch
    {
        "priorities" => Content.AllPriorities.Count > 0,
        "actions" => Content.Actions.Count > 0,
        "outcomes" => Content.Outcomes.Count > 0,
        "indicators" => Content.Indicators.Count > 0,
        "toolkit" => Content.Toolkit is not null,
        "practice" => Content.Cases.Count > 0,
        "evidence" => Content.Tables.Count > 0 || Content.Figures.Count > 0,
        // Reporting status needs something to count: indicators or actions.
        "status" => Content.Indicators.Count > 0 || Content.Actions.Count > 0,
        _ => true,
    };

    /// <summary>The URL of one of its sections; the overview when the strategy has no such section (so no link is broken).</summary>
    public string Url(string segment = "") => _links.Url(SitePaths.Strategy(Id, Has(segment) ? segment : string.Empty));

    /// <summary>The URL of an entity's anchor on a section page; the overview when the strategy has no such section.</summary>
    public string Url(string segment, string kind, string id) =>
        Has(segment) ? _links.Url(SitePaths.Strategy(Id, segment), Links.Anchor(kind, id)) : Url();

    /// <summary>The URL of an action's own page; the action plan when no such action exists (so no link is broken).</summary>
    public string ActionUrl(string id) => ActionSegments.Of(id) is { } seg ? _links.Url(SitePaths.Entity(Id, "actions", seg)) : Url("actions");

    /// <summary>The URL of an indicator's own page; the indicators page when no such indicator exists.</summary>
    public string IndicatorUrl(string id) => IndicatorSegments.Of(id) is { } seg ? _links.Url(SitePaths.Entity(Id, "indicators", seg)) : Url("indicators");

    /// <summary>The URL of an action's row in the action plan table.</summary>
    public string ActionRowUrl(string id) => Url("actions", "action", id);

    /// <summary>An indicator as pages and downloads present it: code, survey and direction falling back to its national indicator's.</summary>
    public EffectiveIndicator Effective(Indicator indicator) => EffectiveIndicator.Of(indicator, National, PartnerNames);

    /// <summary>A partner's name (with abbreviation), or the id when it is unknown.</summary>
    public string PartnerName(string id) => Content.PartnerById.TryGetValue(id, out var p)
        ? (ShownAbbreviation(p) is { } abbr ? $"{p.Name} ({abbr})" : p.Name)
        : id;

    /// <summary>The abbreviation to show after a partner's name: none when the name already holds it ("whg", "… Office (NCompass)").</summary>
    public static string? ShownAbbreviation(Partner p) =>
        p.Abbreviation is { Length: > 0 } abbr && !p.Name.Contains(abbr, StringComparison.OrdinalIgnoreCase) ? abbr : null;

    /// <summary>Partner names joined for a cell.</summary>
    public string PartnerNames(IEnumerable<string> ids) => string.Join("; ", ids.Select(PartnerName));

    /// <summary>A priority's label ("1.1 Building mutual respect").</summary>
    public string PriorityLabel(string? id) => id is not null && Content.PriorityById.TryGetValue(id, out var p)
        ? (p.Number is { Length: > 0 } n ? $"{n} {p.Title}" : p.Title)
        : id ?? string.Empty;

    /// <summary>A national framework item's title, from its <c>framework/item</c> ref.</summary>
    public string ItemTitle(string reference) => National.ItemByRef.TryGetValue(reference, out var i) ? i.Title : reference;

    /// <summary>The section navigation with one entry marked current.</summary>
    public StrategyNav Nav(string currentSegment) => new(Id, PlaceTitle,
        SitePaths.Sections.Where(s => Has(s.Segment)).Select(s => new NavItem(SectionTitle(s.Segment), Url(s.Segment), s.Segment == currentSegment)).ToArray());

    /// <summary>A section's tab label and page title ("Priorities", "Action plan") in its pages' language; the overview's segment is empty.</summary>
    public string SectionTitle(string segment) => Text["strategy_nav." + (segment.Length == 0 ? "overview" : segment)];

    // A title names its place when it holds the area's distinctive word ("Walsall" of "Borough
    // of Walsall"); the generic words of area names do not count.
    private static bool NamesPlace(string title, string area)
    {
        string[] generic = ["borough", "county", "city", "district", "of", "the", "and", "council"];
        var words = area.Split([' ', ',', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => !generic.Contains(w.ToLowerInvariant())).ToArray();
        return words.Length > 0 && words.All(w => title.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A matrix cell's anchor from a <c>row-ref×column-ref</c> target (either order), else the matrix.</summary>
    private string MatrixCellUrl(string target)
    {
        var m = Content.Strategy.Matrix;
        var parts = target.Split('×');
        if (m is not null && parts.Length == 2)
        {
            foreach (var (row, col) in new[] { (parts[0], parts[1]), (parts[1], parts[0]) })
            {
                if (row.StartsWith(m.Rows + "/", StringComparison.Ordinal) && col.StartsWith(m.Columns + "/", StringComparison.Ordinal)
                    && National.ItemByRef.ContainsKey(row) && National.ItemByRef.ContainsKey(col))
                {
                    return Url("gaps", "cell", $"{row[(m.Rows.Length + 1)..]}-{col[(m.Columns.Length + 1)..]}");
                }
            }
        }

        return Url("gaps", "matrix", "coverage");
    }

    /// <summary>
    /// Where the site shows a finding's target: the entity's anchor on its page when the entity
    /// exists, else the page of its kind, else the strategy overview. Never a broken anchor.
    /// </summary>
    public string TargetUrl(Finding finding) => TargetUrl(finding.TargetKind, finding.Target);

    /// <summary>Where the site shows an entity of <paramref name="kind"/> (a finding's target or member); see <see cref="TargetUrl(Finding)"/>.</summary>
    /// <remarks>
    /// Only the kinds findings and their members carry (the rule facts' kinds and the targets
    /// loader diagnostics set); any other kind — a national item, a field, a place — has no page of
    /// its own in a strategy and goes to the overview.
    /// </remarks>
    public string TargetUrl(TargetKind kind, string id)
    {
        var c = Content;
        return kind switch
        {
            TargetKind.Action => c.ActionById.ContainsKey(id) ? ActionUrl(id) : Url("actions"),
            TargetKind.Milestone => c.ActionById.ContainsKey(id.Split('/')[0]) ? ActionUrl(id.Split('/')[0]) : Url("actions"),
            TargetKind.Priority => c.PriorityById.ContainsKey(id) ? Url("priorities", "priority", id) : Url("priorities"),
            TargetKind.Commitment => c.Commitments.Any(x => x.Commitment.Id == id) ? Url("priorities", "commitment", id) : Url("priorities"),
            TargetKind.Outcome => c.OutcomeById.ContainsKey(id) ? Url("outcomes", "outcome", id) : Url("outcomes"),
            TargetKind.Indicator => c.IndicatorById.ContainsKey(id) ? IndicatorUrl(id) : Url("indicators"),
            TargetKind.Principle => c.PrincipleById.ContainsKey(id) ? Url(string.Empty, "principle", id) : Url(),
            TargetKind.Value => c.ValueById.ContainsKey(id) ? Url(string.Empty, "value", id) : Url(),
            TargetKind.Partner => c.PartnerById.ContainsKey(id) ? Url(string.Empty, "partner", id) : Url(),
            TargetKind.Group => c.GroupById.ContainsKey(id) ? Url(string.Empty, "group", id) : Url(),
            TargetKind.Statement => c.Strategy.Statements.Any(x => x.Id == id) ? Url(string.Empty, "statement", id) : Url(),
            TargetKind.Section => c.AllSections.Any(x => x.Id == id) ? Url(string.Empty, "section", id) : Url(),
            TargetKind.ToolkitPrinciple => c.Toolkit?.Principles.Any(p => p.Id == id) == true ? Url("toolkit", "tp", id) : Url("toolkit"),
            TargetKind.CaseStudy => c.Cases.Any(x => x.Id == id) ? Url("practice", "case", id) : Url("practice"),
            TargetKind.Evidence => c.Tables.Any(x => x.Id == id) ? Url("evidence", "evidence", id) : Url("evidence"),
            TargetKind.MatrixCell => MatrixCellUrl(id),
            _ => Url(),
        };
    }
}
