using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Facts;

/// <summary>A waiver, with what it matched in the first pass; target <c>RULE/TARGET</c>.</summary>
public sealed class WaiverFact : Fact
{
    internal WaiverFact(RuleContext context, Waiver w, int matchCount)
        : base(context, w, $"{w.Rule}/{w.Target}", $"{w.Rule} on {w.Target}")
    {
        Rule = w.Rule;
        WaivedTarget = w.Target;
        Owner = w.Owner;
        Reason = w.Reason;
        Expires = w.Expires?.ToString() ?? string.Empty;
        Expired = IsExpired(w, context.AsOf);
        MatchCount = matchCount;
        AsOf = context.AsOf.ToString();
    }

    /// <inheritdoc/>
    public override TargetKind TargetKind => TargetKind.Waiver;

    /// <summary>The waived rule id.</summary>
    public string Rule { get; }

    /// <summary>The waived target id.</summary>
    public string WaivedTarget { get; }

    /// <summary>Who accepted the gap.</summary>
    public string Owner { get; }

    /// <summary>Why.</summary>
    public string Reason { get; }

    /// <summary>Expiry date, empty when open-ended.</summary>
    public string Expires { get; }

    /// <summary>True when the expiry ended before the reporting date.</summary>
    public bool Expired { get; }

    /// <summary>Findings of the first pass it matches (rule, strategy and target).</summary>
    public int MatchCount { get; }

    /// <summary>The reporting date.</summary>
    public string AsOf { get; }

    internal static bool IsExpired(Waiver w, PartialDate asOf) => w.Expires is { } e && e.End < asOf.Start;
}
