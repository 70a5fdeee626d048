using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;
using System.Runtime.CompilerServices;
using CohesionSite.Core.Model;

namespace CohesionSite.Content.Shapes;

/// <summary>What a value in the model is, as far as YAML and JSON Schema are concerned.</summary>
public enum ValueKind
{
    /// <summary>Text.</summary>
    String,
    /// <summary>A whole number.</summary>
    Integer,
    /// <summary>A number.</summary>
    Number,
    /// <summary>true/false.</summary>
    Boolean,
    /// <summary>One of an enum's kebab-case names.</summary>
    Enum,
    /// <summary>A <see cref="PartialDate"/>.</summary>
    Date,
    /// <summary>A list of values.</summary>
    List,
    /// <summary>A mapping bound to a model record.</summary>
    Object,
}

/// <summary>The shape of one value type: its kind, and for lists and objects what they hold.</summary>
public sealed class ValueShape
{
    private ValueShape(Type clr, ValueKind kind, ValueShape? element, TypeShape? obj)
    {
        Clr = clr;
        Kind = kind;
        Element = element;
        Object = obj;
        EnumNames = kind == ValueKind.Enum ? Enum.GetNames(clr).Select(Shapes.Naming.Kebab).ToArray() : [];
    }

    /// <summary>The CLR type (without Nullable&lt;&gt;).</summary>
    public Type Clr { get; }

    /// <summary>The kind.</summary>
    public ValueKind Kind { get; }

    /// <summary>For lists: the element shape.</summary>
    public ValueShape? Element { get; }

    /// <summary>For objects: the record's shape.</summary>
    public TypeShape? Object { get; }

    /// <summary>For enums: the YAML names in declaration order.</summary>
    public IReadOnlyList<string> EnumNames { get; }

    /// <summary>For enums: the values in the order of <see cref="EnumNames"/>, boxed once (the binder hands out the same boxes).</summary>
    public IReadOnlyList<object> EnumValues => field ??= Kind == ValueKind.Enum ? Enum.GetValues(Clr).Cast<object>().ToArray() : [];

    /// <summary>For lists: makes the typed arrays of its elements.</summary>
    public ListFactory Lists => field ??= ListFactory.For(Element!.Clr);

    /// <summary>Describes <paramref name="type"/>.</summary>
    public static ValueShape For(Type type, NamingStyle naming)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string))
        {
            return new(t, ValueKind.String, null, null);
        }

        if (t == typeof(int) || t == typeof(long))
        {
            return new(t, ValueKind.Integer, null, null);
        }

        if (t == typeof(double) || t == typeof(decimal))
        {
            return new(t, ValueKind.Number, null, null);
        }

        if (t == typeof(bool))
        {
            return new(t, ValueKind.Boolean, null, null);
        }

        if (t.IsEnum)
        {
            return new(t, ValueKind.Enum, null, null);
        }

        if (t == typeof(PartialDate))
        {
            return new(t, ValueKind.Date, null, null);
        }

        if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return new(t, ValueKind.List, For(t.GetGenericArguments()[0], naming), null);
        }

        if (typeof(Node).IsAssignableFrom(t) && !t.IsAbstract)
        {
            return new(t, ValueKind.Object, null, TypeShape.For(t, naming));
        }

        throw new NotSupportedException($"The model type {t} has no YAML shape.");
    }
}

/// <summary>How property names become keys.</summary>
public enum NamingStyle
{
    /// <summary>camelCase (content YAML).</summary>
    Camel,
    /// <summary>As declared (statiq.json's Statiq-style PascalCase keys).</summary>
    Exact,
}

/// <summary>One bindable property of a model record.</summary>
/// <param name="Key">The YAML key.</param>
/// <param name="Property">The CLR property.</param>
/// <param name="Value">Its value shape.</param>
/// <param name="Required">True when declared <c>required</c>.</param>
/// <param name="Ref">What it refers to, when it holds ids.</param>
/// <param name="Pattern">A pattern its text must match.</param>
/// <param name="IsMarkdown">True for Markdown text.</param>
public sealed record PropertyShape(
    string Key, PropertyInfo Property, ValueShape Value, bool Required, RefTarget? Ref, string? Pattern, bool IsMarkdown)
{
    /// <summary>Reads and writes the property without reflection per call (made on first use).</summary>
    public PropertyAccessor Accessor => field ??= PropertyAccessor.For(Property);
}

/// <summary>
/// The reflected shape of a model record: its keys in declaration order (base first). The binder,
/// the reference checker and the schema generator all read this one description, which is what
/// keeps the schemas from drifting from the model.
/// </summary>
public sealed class TypeShape
{
    private static readonly ConcurrentDictionary<(Type, NamingStyle), TypeShape> Cache = new();

    // The content's own naming, asked for every node of a graph walk: keyed by the type alone,
    // whose hash is its identity (hashing the (type, naming) pair was ~2 % of loading).
    private static readonly ConcurrentDictionary<Type, TypeShape> CamelCache = new();
    private readonly Lazy<IReadOnlyList<PropertyShape>> _properties;
    private readonly Lazy<FrozenDictionary<string, PropertyShape>> _byKey;

    private TypeShape(Type type, NamingStyle naming)
    {
        Type = type;
        Naming = naming;
        EntityKind = type.GetCustomAttribute<EntityKindAttribute>()?.Kind;
        // Lazy so that recursive types (a priority's children) can refer to their own shape.
        _properties = new Lazy<IReadOnlyList<PropertyShape>>(() => Describe(type, naming));
        _byKey = new Lazy<FrozenDictionary<string, PropertyShape>>(() => _properties.Value.ToFrozenDictionary(p => p.Key, StringComparer.Ordinal));
        RequiredCount = -1;
    }

    /// <summary>The record type.</summary>
    public Type Type { get; }

    /// <summary>How its keys are named.</summary>
    public NamingStyle Naming { get; }

    /// <summary>The id scope it lives in, for identified types.</summary>
    public RefTarget? EntityKind { get; }

    /// <summary>Bindable properties in declaration order (base classes first).</summary>
    public IReadOnlyList<PropertyShape> Properties => _properties.Value;

    /// <summary>Property by key.</summary>
    public PropertyShape? Find(string key) => _byKey.Value.GetValueOrDefault(key);

    /// <summary>Properties that can hold model nodes (records, or lists of them): what a graph walk visits.</summary>
    public IReadOnlyList<PropertyShape> NodeProperties => field ??= Properties.Where(p => HoldsNodes(p.Value)).ToArray();

    /// <summary>Properties that hold references to other entities.</summary>
    public IReadOnlyList<PropertyShape> RefProperties => field ??= Properties.Where(p => p.Ref is not null).ToArray();

    /// <summary>The id scopes of every entity that can appear in a value of this type (itself included): what goes unchecked when a file of it cannot be read.</summary>
    public IReadOnlySet<RefTarget> KindsWithin => field ??= CollectKinds();

    /// <summary>How many properties are required (so the binder can skip the missing-field scan when all were seen).</summary>
    public int RequiredCount
    {
        get => field >= 0 ? field : field = Properties.Count(p => p.Required);
        private set;
    }

    /// <summary>The shape of <paramref name="type"/>, cached.</summary>
    public static TypeShape For(Type type, NamingStyle naming = NamingStyle.Camel) =>
        naming == NamingStyle.Camel && CamelCache.TryGetValue(type, out var shape)
            ? shape
            : naming == NamingStyle.Camel
                ? CamelCache.GetOrAdd(type, t => Cache.GetOrAdd((t, NamingStyle.Camel), k => new TypeShape(k.Item1, k.Item2)))
                : Cache.GetOrAdd((type, naming), k => new TypeShape(k.Item1, k.Item2));

    private HashSet<RefTarget> CollectKinds()
    {
        var kinds = new HashSet<RefTarget>();
        var seen = new HashSet<Type>();
        var pending = new Stack<TypeShape>([this]);
        while (pending.TryPop(out var shape))
        {
            if (!seen.Add(shape.Type))
            {
                continue;
            }

            if (shape.EntityKind is { } kind)
            {
                kinds.Add(kind);
            }

            foreach (var p in shape.NodeProperties)
            {
                for (var v = p.Value; v is not null; v = v.Element)
                {
                    if (v.Object is { } child)
                    {
                        pending.Push(child);
                    }
                }
            }
        }

        return kinds;
    }

    private static bool HoldsNodes(ValueShape value) =>
        value.Kind == ValueKind.Object || (value.Element is { } element && HoldsNodes(element));

    private static IReadOnlyList<PropertyShape> Describe(Type type, NamingStyle naming)
    {
        var chain = new Stack<Type>();
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            chain.Push(t);
        }

        var list = new List<PropertyShape>();
        foreach (var t in chain)
        {
            foreach (var p in t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                if (p.GetCustomAttribute<NotContentAttribute>() is not null || p.SetMethod is null || p.Name == "EqualityContract")
                {
                    continue;
                }

                var key = naming == NamingStyle.Camel ? Shapes.Naming.Camel(p.Name) : p.Name;
                list.Add(new PropertyShape(
                    key,
                    p,
                    ValueShape.For(p.PropertyType, naming),
                    p.GetCustomAttribute<RequiredMemberAttribute>() is not null,
                    p.GetCustomAttribute<RefAttribute>()?.Target,
                    p.GetCustomAttribute<PatternAttribute>()?.Pattern,
                    p.GetCustomAttribute<MarkdownAttribute>() is not null));
            }
        }

        return list;
    }
}
