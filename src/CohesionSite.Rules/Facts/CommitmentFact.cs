using System.Linq.Dynamic.Core.CustomTypeProviders;
using CohesionSite.Analysis;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Facts;

/// <summary>A promise of the strategy text.</summary>
[DynamicLinqType] // its join helpers (a.ServesOutcome(id) …) are callable from rule conditions; no static members
public sealed class CommitmentFact : Fact
{
    internal CommitmentFact(RuleContext context, PriorityNode priority, Commitment c, ItemTags tags, string? repeats = null)
        : base(context, c, c.Id, Shorten(c.Text))
    {
        Repeats = repeats ?? string.Empty;
        _commitment = c;
        _tags = tags;
        Priority = priority.Id;
        ActionCount = c.Actions.Count;
        LeadCount = c.Leads.Count;
        HasDue = c.Due is not null;
    }

    private readonly Commitment _commitment;
    private readonly ItemTags _tags;

    /// <inheritdoc/>
    public override TargetKind TargetKind => TargetKind.Commitment;

    /// <summary>True when the commitment names the action-plan line.</summary>
    public bool NamesAction(string id) => _commitment.Actions.Contains(id, StringComparer.Ordinal);

    /// <summary>True when the commitment is tagged with the national framework item, itself or through its priority.</summary>
    public bool Tagged(string item) => _tags.Tagged(item);

    /// <summary>True when the commitment fills the matrix cell (tagged with both items).</summary>
    public bool FillsCell(string row, string column) => _tags.FillsCell(row, column);

    /// <summary>The earlier commitment whose text this one repeats, empty when none.</summary>
    public string Repeats { get; }

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
