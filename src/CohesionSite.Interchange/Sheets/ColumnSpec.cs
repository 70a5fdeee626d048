using System.Reflection;
using CohesionSite.Content.Shapes;
using CohesionSite.Core.Model;

namespace CohesionSite.Interchange.Sheets;

/// <summary>
/// One column of a sheet: a model property (or a property of a nested record, flattened as
/// <c>source.section</c>), with how its values are written to and read from cells.
/// </summary>
public sealed class ColumnSpec
{
    private readonly PropertyShape[] _path;

    internal ColumnSpec(string header, PropertyShape[] path)
    {
        Header = header;
        _path = path;
    }

    /// <summary>The header text, which is the YAML key path (<c>leads</c>, <c>source.section</c>).</summary>
    public string Header { get; }

    /// <summary>The property the cell holds (the last of the path).</summary>
    public PropertyShape Property => _path[^1];

    /// <summary>The value shape of the cell (a list of ids is one cell, comma-separated).</summary>
    public ValueShape Shape => Property.Value;

    /// <summary>True when the row's record must have a value here (an id, an action's text).</summary>
    public bool Required => _path.Length == 1 && Property.Required;

    /// <summary>The entity kind the cell's ids must name, if it holds references.</summary>
    public RefTarget? Ref => Property.Ref;

    /// <summary>Reads the value from a row's record (null when a nested record is absent).</summary>
    public object? Get(object row)
    {
        object? current = row;
        foreach (var p in _path)
        {
            if (current is null)
            {
                return null;
            }

            current = p.Property.GetValue(current);
        }

        return current;
    }

    /// <summary>Sets the value on a row's record, creating a nested record the first time one of its cells has a value.</summary>
    public void Set(object row, object value)
    {
        var target = row;
        for (var i = 0; i < _path.Length - 1; i++)
        {
            var p = _path[i].Property;
            var next = p.GetValue(target);
            if (next is null)
            {
                next = Activator.CreateInstance(p.PropertyType)!;
                p.SetValue(target, next);
            }

            target = next;
        }

        _path[^1].Property.SetValue(target, value);
    }

    /// <summary>The declaring property of the path's first step (for documentation).</summary>
    internal PropertyInfo Documented => _path[^1].Property;
}
