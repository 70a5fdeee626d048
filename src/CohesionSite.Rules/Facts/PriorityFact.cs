using CohesionSite.Analysis;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Facts;

/// <summary>A node of the themes/priorities tree.</summary>
public sealed class PriorityFact : Fact
{
    internal PriorityFact(RuleContext context, StrategyContent s, PriorityNode p, NationalSet national, IndicatorMeasures measures)
        : base(context, p, p.Id, p.Title)
    {
        Number = p.Number ?? string.Empty;
        Kind = Shapes.Kebab(p.Kind);
        Parent = s.ParentOf.TryGetValue(p.Id, out var parent) ? parent.Id : string.Empty;
        ChildCount = p.Children.Count;
        Branch = measures.BranchOf(p.Id);
        BranchOutcomes = measures.BranchOutcomesOf(p.Id);
        ParentBranch = Parent.Length == 0 ? [] : measures.BranchOf(Parent);
        ParentBranchOutcomes = Parent.Length == 0 ? [] : measures.BranchOutcomesOf(Parent);
        CommitmentCount = p.Commitments.Count;
        // A place that names the node by the national framework item it serves (Northamptonshire's
        // objectives under the White Paper's headings) names that item, not the node: not an inconsistency.
        var nationalTitles = p.National.Select(n => national.ItemByRef.GetValueOrDefault(n)?.Title).OfType<string>().Select(TitleText.Normalise).ToHashSet(StringComparer.Ordinal);
        var differing = p.Variants.Where(v => !TitleText.Same(v.Title, p.Title) && !nationalTitles.Contains(TitleText.Normalise(v.Title))).ToArray();
        DifferingVariantCount = differing.Length;
        DifferingVariants = string.Join("; ", differing.Select(v => $"{v.Place}: \u201c{v.Title}\u201d"));
    }

    /// <inheritdoc/>
    public override TargetKind TargetKind => TargetKind.Priority;

    /// <summary>The number as the source writes it.</summary>
    public string Number { get; }

    /// <summary><c>theme</c>, <c>priority</c> or <c>objective</c>.</summary>
    public string Kind { get; }

    /// <summary>The parent node's id, empty for a top-level node: lets a rule report only the highest node of an uncovered branch.</summary>
    public string Parent { get; }

    /// <summary>True for a top-level node.</summary>
    public bool IsTopLevel => Parent.Length == 0;

    /// <summary>The node's ancestors, itself and every node below it: an indicator of any of them measures it.</summary>
    public string[] Branch { get; }

    /// <summary>The outcomes the node, its ancestors or the nodes below it aim at: an indicator of any of them measures it.</summary>
    public string[] BranchOutcomes { get; }

    /// <summary>The parent's <see cref="Branch"/> (empty for a top-level node).</summary>
    public string[] ParentBranch { get; }

    /// <summary>The parent's <see cref="BranchOutcomes"/> (empty for a top-level node).</summary>
    public string[] ParentBranchOutcomes { get; }

    /// <summary>Sub-nodes.</summary>
    public int ChildCount { get; }

    /// <summary>True for a node without sub-nodes.</summary>
    public bool IsLeaf => ChildCount == 0;

    /// <summary>Commitments the text makes under this node.</summary>
    public int CommitmentCount { get; }

    /// <summary>Places that name the node differently from its heading (after normalising case, spaces, quotes and dashes).</summary>
    public int DifferingVariantCount { get; }

    /// <summary>Those places and names, for the message.</summary>
    public string DifferingVariants { get; }
}
