namespace CohesionSite.Interchange;

/// <summary>
/// A problem in one cell of an imported workbook or CSV file, written the way spreadsheet users
/// address cells: <c>actions.xlsx!Actions!D14: unknown partner 'xyz' (did you mean 'xyz-council'?)</c>.
/// </summary>
/// <param name="File">The workbook or CSV file name (no folder).</param>
/// <param name="Sheet">The sheet name.</param>
/// <param name="Cell">The cell reference (<c>D14</c>).</param>
/// <param name="Message">What was found and what was expected.</param>
public sealed record CellDiagnostic(string File, string Sheet, string Cell, string Message)
{
    /// <summary><c>file!Sheet!Cell: message</c>.</summary>
    public override string ToString() => $"{File}!{Sheet}!{Cell}: {Message}";
}

/// <summary>A1-style cell references.</summary>
public static class CellRef
{
    /// <summary>1 → A, 27 → AA.</summary>
    public static string Column(int column)
    {
        var letters = string.Empty;
        for (var c = column; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + ((c - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>(14, 4) → D14.</summary>
    public static string Of(int row, int column) => Column(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
