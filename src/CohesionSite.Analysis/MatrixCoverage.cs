using CohesionSite.Core.Model;

namespace CohesionSite.Analysis;

/// <summary>
/// A strategy's framework matrix (rows × columns of two national frameworks) with what fills each
/// cell. A cell is delivered by the actions effectively tagged with both its items; the commitments
/// tagged with both are what the strategy text promises there, reported apart because a promise is
/// not delivery.
/// </summary>
public sealed class MatrixCoverage
{
    private MatrixCoverage(FrameworkMatrix matrix, Framework rows, Framework columns, IReadOnlyList<CoveredCell> cells)
    {
        Matrix = matrix;
        Rows = rows;
        Columns = columns;
        Cells = cells;
    }

    /// <summary>The matrix as the strategy declares it.</summary>
    public FrameworkMatrix Matrix { get; }

    /// <summary>The framework whose items are the rows.</summary>
    public Framework Rows { get; }

    /// <summary>The framework whose items are the columns.</summary>
    public Framework Columns { get; }

    /// <summary>Every cell, row by row in the frameworks' item order.</summary>
    public IReadOnlyList<CoveredCell> Cells { get; }

    /// <summary>Cells no action delivers.</summary>
    public int EmptyCells => Cells.Count(c => c.Actions.Count == 0);

    /// <summary>The cell of a row item and a column item.</summary>
    public CoveredCell CellOf(FrameworkItem row, FrameworkItem column) => Cells[(IndexOf(Rows, row) * Columns.Items.Count) + IndexOf(Columns, column)];

    internal static MatrixCoverage? Of(StrategyAnalysis analysis)
    {
        var c = analysis.Content;
        if (c.Strategy.Matrix is not { } m
            || !analysis.National.FrameworkById.TryGetValue(m.Rows, out var rows)
            || !analysis.National.FrameworkById.TryGetValue(m.Columns, out var columns))
        {
            return null;
        }

        var texts = m.Cells.GroupBy(x => (x.Row, x.Column)).ToDictionary(g => g.Key, g => g.First().Text);
        var actions = c.Actions.Select(a => (Item: a, Tags: analysis.TagsOf(a))).ToArray();
        var commitments = c.Commitments.Select(x => (Item: x.Commitment, Tags: analysis.TagsOf(x.Commitment))).ToArray();
        var cells = new List<CoveredCell>(rows.Items.Count * columns.Items.Count);
        foreach (var row in rows.Items)
        {
            foreach (var column in columns.Items)
            {
                var r = $"{rows.Id}/{row.Id}";
                var col = $"{columns.Id}/{column.Id}";
                cells.Add(new CoveredCell(
                    row,
                    column,
                    r,
                    col,
                    texts.GetValueOrDefault((r, col)) ?? texts.GetValueOrDefault((col, r)),
                    actions.Where(a => a.Tags.FillsCell(r, col)).Select(a => a.Item).ToArray(),
                    commitments.Where(x => x.Tags.FillsCell(r, col)).Select(x => x.Item).ToArray()));
            }
        }

        return new MatrixCoverage(m, rows, columns, cells);
    }

    private static int IndexOf(Framework framework, FrameworkItem item)
    {
        for (var i = 0; i < framework.Items.Count; i++)
        {
            if (ReferenceEquals(framework.Items[i], item))
            {
                return i;
            }
        }

        throw new ArgumentException($"'{item.Id}' is not an item of framework '{framework.Id}'.", nameof(item));
    }
}

/// <summary>One cell of a framework matrix.</summary>
/// <param name="Row">The row item.</param>
/// <param name="Column">The column item.</param>
/// <param name="RowRef">The row item as <c>framework/item</c>.</param>
/// <param name="ColumnRef">The column item as <c>framework/item</c>.</param>
/// <param name="Text">The source's own words for the cell, when it writes any.</param>
/// <param name="Actions">Actions that deliver it, in plan order.</param>
/// <param name="Commitments">Commitments of the strategy text that promise it, in document order.</param>
public sealed record CoveredCell(
    FrameworkItem Row, FrameworkItem Column, string RowRef, string ColumnRef, string? Text, IReadOnlyList<ActionItem> Actions, IReadOnlyList<Commitment> Commitments)
{
    /// <summary>True when no action delivers it (whatever the text promises).</summary>
    public bool Empty => Actions.Count == 0;
}
