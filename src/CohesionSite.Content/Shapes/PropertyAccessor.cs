using System.Reflection;

namespace CohesionSite.Content.Shapes;

/// <summary>
/// Reads and writes one model property through delegates bound to its accessors, instead of
/// <see cref="PropertyInfo.GetValue(object)"/> / <see cref="PropertyInfo.SetValue(object, object)"/>
/// on every node: the binder and the reference checker touch millions of properties on large
/// content. Made with <see cref="Delegate.CreateDelegate(Type, MethodInfo)"/>, which costs microseconds
/// (no expression compilation, which an earlier attempt found slower than reflection at start-up).
/// </summary>
public abstract class PropertyAccessor
{
    /// <summary>The property's value on <paramref name="owner"/> (boxed for value types).</summary>
    public abstract object? Get(object owner);

    /// <summary>Sets the property on a freshly created <paramref name="owner"/> (init accessors included).</summary>
    public abstract void Set(object owner, object value);

    /// <summary>An accessor for <paramref name="property"/>.</summary>
    public static PropertyAccessor For(PropertyInfo property)
    {
        var type = typeof(Typed<,>).MakeGenericType(property.DeclaringType!, property.PropertyType);
        return (PropertyAccessor)Activator.CreateInstance(type, property)!;
    }

    private sealed class Typed<TOwner, TValue> : PropertyAccessor
        where TOwner : class
    {
        private readonly Func<TOwner, TValue>? _get;
        private readonly Action<TOwner, TValue>? _set;

        public Typed(PropertyInfo property)
        {
            _get = property.GetMethod is { } g ? g.CreateDelegate<Func<TOwner, TValue>>() : null;
            _set = property.SetMethod is { } s ? s.CreateDelegate<Action<TOwner, TValue>>() : null;
        }

        public override object? Get(object owner) => _get!((TOwner)owner);

        public override void Set(object owner, object value) => _set!((TOwner)owner, (TValue)value);
    }
}
