using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Facts;

/// <summary>
/// A count the text states for one of its lists, with the number of items the content lists.
/// Accepted list names: <c>principles</c>, <c>values</c>, <c>groups</c>, <c>outcomes</c> (not counting
/// the RBA result), <c>indicators</c>, <c>actions</c>, <c>priorities</c> (top level of the tree),
/// <c>priorities/all</c>, <c>priorities/theme|priority|objective</c> (nodes of that kind),
/// <c>commitments</c>, <c>statements/KIND</c>, <c>toolkit/principles</c>, <c>partners</c>, <c>sections</c>,
/// <c>framework/ID</c> (the items of a national framework the text restates: "three foundations").
/// Target: <c>count-LIST</c> (e.g. <c>count-principles</c>).
/// </summary>
public sealed class CountClaimFact : Fact
{
    internal CountClaimFact(RuleContext context, StrategyContent s, NationalSet national, CountClaim c)
        : base(context, c, "count-" + c.List.Replace('/', '-'), c.List)
    {
        List = c.List;
        Stated = c.Stated;
        Text = c.Text;
        var actual = Count(s, national, c.List);
        ListKnown = actual is not null;
        Actual = actual ?? -1;
    }

    /// <inheritdoc/>
    public override TargetKind TargetKind => TargetKind.CountClaim;

    /// <summary>The list the claim is about.</summary>
    public string List { get; }

    /// <summary>The count the text states.</summary>
    public int Stated { get; }

    /// <summary>The words that state it.</summary>
    public string Text { get; }

    /// <summary>True when the list name is one the rules know.</summary>
    public bool ListKnown { get; }

    /// <summary>The items the content lists (-1 when the list is unknown).</summary>
    public int Actual { get; }

    internal static int? Count(StrategyContent s, NationalSet national, string list)
    {
        var parts = list.Split('/', 2);
        var kind = parts.Length == 2 ? parts[1] : null;
        return (parts[0], kind) switch
        {
            ("principles", null) => s.Strategy.Principles.Count,
            ("values", null) => s.Strategy.Values.Count,
            ("groups", null) => s.Strategy.Groups.Count,
            ("partners", null) => s.Strategy.Partners.Count,
            ("sections", null) => s.Strategy.Sections.Count,
            ("outcomes", null) => s.Outcomes.Count(o => !o.IsResult),
            ("indicators", null) => s.Indicators.Count,
            ("actions", null) => s.Actions.Count,
            ("commitments", null) => s.Commitments.Count,
            ("priorities", null) => s.Priorities.Count,
            ("priorities", "all") => s.AllPriorities.Count,
            ("priorities", _) when Enum.TryParse<PriorityKind>(kind, ignoreCase: true, out var pk) => s.AllPriorities.Count(p => p.Kind == pk),
            ("statements", _) when Enum.TryParse<StatementKind>(kind!.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var sk) => s.Strategy.Statements.Count(x => x.Kind == sk),
            ("toolkit", "principles") => s.Toolkit?.Principles.Count ?? 0,
            ("framework", _) when national.FrameworkById.TryGetValue(kind!, out var framework) => framework.Items.Count,
            _ => null,
        };
    }
}
