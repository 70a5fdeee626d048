using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Facts;

/// <summary>A promise of the strategy text.</summary>
public sealed class CommitmentFact : Fact
{
    internal CommitmentFact(RuleContext context, PriorityNode priority, Commitment c)
        : base(context, c, c.Id, Shorten(c.Text))
    {
        Priority = priority.Id;
        ActionCount = c.Actions.Count;
        LeadCount = c.Leads.Count;
        HasDue = c.Due is not null;
    }

    /// <inheritdoc/>
    public override string TargetKind => "commitment";

    /// <summary>The tree node it belongs to.</summary>
    public string Priority { get; }

    /// <summary>Action-plan lines named as delivering it.</summary>
    public int ActionCount { get; }

    /// <summary>Partners the text names as doing it.</summary>
    public int LeadCount { get; }

    /// <summary>True when the text gives a date.</summary>
    public bool HasDue { get; }

    internal static string Shorten(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length <= 80 ? line : string.Concat(line.AsSpan(0, 77).TrimEnd(), "\u2026");
    }
}
