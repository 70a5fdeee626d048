using CohesionSite.Content.Shapes;

namespace CohesionSite.Interchange.Sheets;

/// <summary>
/// One sheet of the workbook: its name, the record type of its rows, an optional link column
/// naming the parent row (a milestone's <c>action</c>), an optional kind column, and the columns
/// derived from the model.
/// </summary>
public sealed class SheetSpec
{
    internal SheetSpec(string name, Type rowType, string? parentColumn, string? kindColumn, IReadOnlyList<string> childLists)
    {
        Name = name;
        RowType = rowType;
        ParentColumn = parentColumn;
        KindColumn = kindColumn;
        Columns = Derive(rowType, childLists);
    }

    /// <summary>The sheet name (<c>Actions</c>).</summary>
    public string Name { get; }

    /// <summary>The record each row becomes.</summary>
    public Type RowType { get; }

    /// <summary>The first column, naming the parent row's id, for child sheets.</summary>
    public string? ParentColumn { get; }

    /// <summary>A column saying which list of the parent a row belongs to (baseline, target, measurement).</summary>
    public string? KindColumn { get; }

    /// <summary>The model's columns, in model order.</summary>
    public IReadOnlyList<ColumnSpec> Columns { get; }

    /// <summary>Every header the sheet must have: link, kind, then the model's columns.</summary>
    public IReadOnlyList<string> Headers =>
        new[] { ParentColumn, KindColumn }.OfType<string>().Concat(Columns.Select(c => c.Header)).ToArray();

    /// <summary>The CSV file name of the sheet (<c>actions.csv</c>).</summary>
    public string CsvName => Name.ToLowerInvariant() + ".csv";

    /// <summary>
    /// Every property becomes a column: scalars and lists of scalars directly, a nested record's
    /// scalars flattened (<c>source.section</c>). Lists of records must be declared as child
    /// sheets; anything else throws, so a model change can never be dropped by the spreadsheet
    /// silently.
    /// </summary>
    private static ColumnSpec[] Derive(Type rowType, IReadOnlyList<string> childLists)
    {
        var columns = new List<ColumnSpec>();
        foreach (var p in TypeShape.For(rowType).Properties)
        {
            if (childLists.Contains(p.Key))
            {
                continue;
            }

            switch (p.Value.Kind)
            {
                case ValueKind.Object:
                    foreach (var inner in p.Value.Object!.Properties)
                    {
                        if (inner.Value.Kind is ValueKind.Object || (inner.Value.Kind is ValueKind.List && inner.Value.Element!.Kind is ValueKind.Object or ValueKind.List))
                        {
                            throw new NotSupportedException($"{rowType.Name}.{p.Key}.{inner.Key} is nested too deeply for a sheet column");
                        }

                        columns.Add(new ColumnSpec($"{p.Key}.{inner.Key}", [p, inner]));
                    }

                    break;
                case ValueKind.List when p.Value.Element!.Kind is ValueKind.Object or ValueKind.List:
                    throw new NotSupportedException($"{rowType.Name}.{p.Key} is a list of records; declare it as a child sheet");
                default:
                    columns.Add(new ColumnSpec(p.Key, [p]));
                    break;
            }
        }

        return columns.ToArray();
    }
}
