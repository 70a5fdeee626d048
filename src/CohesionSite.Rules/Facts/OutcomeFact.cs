using System.Linq.Dynamic.Core.CustomTypeProviders;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Facts;

/// <summary>An outcome (or the RBA result).</summary>
[DynamicLinqType] // its join helpers (a.ServesOutcome(id) …) are callable from rule conditions; no static members
public sealed class OutcomeFact : Fact
{
    internal OutcomeFact(RuleContext context, Outcome o)
        : base(context, o, o.Id, o.Title)
    {
        _outcome = o;
        IsResult = o.IsResult;
        MeasureCount = o.Measures.Count;
    }

    private readonly Outcome _outcome;

    /// <summary>True when the outcome lists the indicator as measuring it.</summary>
    public bool NamesIndicator(string id) => _outcome.Indicators.Contains(id, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override TargetKind TargetKind => TargetKind.Outcome;

    /// <summary>True for the overall RBA result.</summary>
    public bool IsResult { get; }

    /// <summary>"What this will look like" measures.</summary>
    public int MeasureCount { get; }
}
