using CohesionSite.Analysis;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Facts;

/// <summary>A cell of the framework matrix: one row item × one column item.</summary>
public sealed class MatrixCellFact : Fact
{
    internal MatrixCellFact(RuleContext context, FrameworkMatrix matrix, CoveredCell cell)
        : base(context, matrix, $"{cell.ColumnRef}\u00d7{cell.RowRef}", $"{cell.Column.Title} \u00d7 {cell.Row.Title}")
    {
        Row = cell.RowRef;
        Column = cell.ColumnRef;
        RowTitle = cell.Row.Title;
        ColumnTitle = cell.Column.Title;
        HasCellText = cell.Text is not null;
        ActionCount = cell.Actions.Count;
        PromisedBy = string.Join(", ", cell.Commitments.Select(c => c.Id));
    }

    /// <inheritdoc/>
    public override TargetKind TargetKind => TargetKind.MatrixCell;

    /// <summary>The row item (<c>framework/item</c>).</summary>
    public string Row { get; }

    /// <summary>The column item (<c>framework/item</c>).</summary>
    public string Column { get; }

    /// <summary>The row item's title.</summary>
    public string RowTitle { get; }

    /// <summary>The column item's title.</summary>
    public string ColumnTitle { get; }

    /// <summary>True when the source writes its own text into the cell.</summary>
    public bool HasCellText { get; }

    /// <summary>Actions that deliver the cell (the analysis' count; rules ask through the action join).</summary>
    public int ActionCount { get; }

    /// <summary>The commitments whose text promises the cell, comma-separated; empty when none does. A promise is not delivery.</summary>
    public string PromisedBy { get; }

    /// <summary>True when a commitment of the strategy text promises the cell.</summary>
    public bool IsPromised => PromisedBy.Length > 0;

    /// <summary>" (promised by commitment …, not yet in the action plan)" when one is, for messages; empty otherwise.</summary>
    public string PromisedNote => IsPromised ? $" (promised by commitment {PromisedBy}, not yet in the action plan)" : string.Empty;
}
