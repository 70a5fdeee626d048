namespace CohesionSite.Interchange.Sheets;

/// <summary>
/// One sheet as plain data, the common ground of the xlsx and CSV readers and writers: a header
/// row and data rows whose cells are null, <see cref="string"/>, <see cref="double"/>,
/// <see cref="bool"/> or <see cref="DateTime"/> (the last only from xlsx, when a user typed a date).
/// </summary>
/// <param name="File">The file name the sheet came from (for messages).</param>
/// <param name="Name">The sheet name.</param>
/// <param name="Header">Header cells, column 1 first.</param>
/// <param name="Rows">Data rows, with their 1-based row numbers in the file.</param>
public sealed record SheetTable(string File, string Name, IReadOnlyList<string?> Header, IReadOnlyList<SheetRow> Rows);

/// <summary>A data row: its 1-based number in the sheet and its cells (column 1 first).</summary>
/// <param name="Number">The row number as the spreadsheet shows it.</param>
/// <param name="Cells">The cells.</param>
public sealed record SheetRow(int Number, IReadOnlyList<object?> Cells)
{
    /// <summary>The cell in 0-based column <paramref name="index"/>, or null past the end.</summary>
    public object? this[int index] => index < Cells.Count ? Cells[index] : null;

    /// <summary>True when every cell is empty (such rows are skipped on import).</summary>
    public bool IsBlank => Cells.All(c => c is null || c is string { Length: 0 } || (c is string s && string.IsNullOrWhiteSpace(s)));
}
