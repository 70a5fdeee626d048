namespace CohesionSite.Site.Data;

/// <summary>A column of an open-data CSV: its name, its Frictionless Table Schema type and what it holds.</summary>
/// <param name="Name">The header.</param>
/// <param name="Type">Table Schema type: <c>string</c>, <c>integer</c>, <c>number</c> or <c>boolean</c>.</param>
/// <param name="Description">What the column holds, for the data dictionary.</param>
internal sealed record DataColumn(string Name, string Type, string Description);

/// <summary>
/// One CSV download: its columns and its rows, from one definition so the file and its data
/// dictionary (the <c>datapackage.json</c> schema) cannot drift apart.
/// </summary>
/// <param name="Columns">The columns, in file order.</param>
/// <param name="Rows">Makes the rows, each with one value per column (only when the file is written).</param>
internal sealed record DataTable(IReadOnlyList<DataColumn> Columns, Func<IEnumerable<object?[]>> Rows)
{
    /// <summary>The CSV text: a byte-order mark first so Excel reads it as UTF-8 ("–" stays "–"), then the header and the rows.</summary>
    public string ToCsv()
    {
        var csv = new Csv(Columns.Select(c => c.Name).ToArray());
        foreach (var row in Rows())
        {
            if (row.Length != Columns.Count)
            {
                throw new InvalidOperationException($"a row has {row.Length} cells for {Columns.Count} columns");
            }

            csv.Row(row);
        }

        return "\uFEFF" + csv;
    }
}
