namespace CohesionSite.Content.Shapes;

/// <summary>
/// Makes the typed arrays the binder fills for list fields: a generic instance per element type
/// instead of <see cref="Array.CreateInstance(Type, int)"/> and <see cref="Array.SetValue(object, int)"/>
/// per list and item, which were ~8 % of loading 100k actions.
/// </summary>
public abstract class ListFactory
{
    /// <summary>A new array of <paramref name="length"/> elements.</summary>
    public abstract Array Create(int length);

    /// <summary>Stores <paramref name="value"/> at <paramref name="index"/> of an array made by <see cref="Create"/>.</summary>
    public abstract void Set(Array array, int index, object value);

    /// <summary>The first <paramref name="length"/> elements of <paramref name="array"/> as a new array.</summary>
    public abstract Array Prefix(Array array, int length);

    /// <summary>The factory for arrays of <paramref name="element"/>.</summary>
    public static ListFactory For(Type element) =>
        (ListFactory)Activator.CreateInstance(typeof(Typed<>).MakeGenericType(element))!;

    private sealed class Typed<T> : ListFactory
    {
        public override Array Create(int length) => new T[length];

        public override void Set(Array array, int index, object value) => ((T[])array)[index] = (T)value;

        public override Array Prefix(Array array, int length) => ((T[])array)[..length];
    }
}
