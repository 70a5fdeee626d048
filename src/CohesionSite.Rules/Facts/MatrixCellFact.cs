using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Facts;

/// <summary>A cell of the framework matrix: one row item × one column item.</summary>
public sealed class MatrixCellFact : Fact
{
    internal MatrixCellFact(RuleContext context, FrameworkMatrix matrix, FrameworkItem row, FrameworkItem column, string rowRef, string columnRef, bool hasText)
        : base(context, matrix, $"{columnRef}\u00d7{rowRef}", $"{column.Title} \u00d7 {row.Title}")
    {
        Row = rowRef;
        Column = columnRef;
        RowTitle = row.Title;
        ColumnTitle = column.Title;
        HasCellText = hasText;
    }

    /// <inheritdoc/>
    public override string TargetKind => "matrix-cell";

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
}
