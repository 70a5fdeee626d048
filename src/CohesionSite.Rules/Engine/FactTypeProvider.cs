using System.Linq.Dynamic.Core.CustomTypeProviders;
using System.Reflection;
using CohesionSite.Rules.Facts;

namespace CohesionSite.Rules.Engine;

/// <summary>
/// The types rule expressions may call methods on: the fact views marked <see cref="DynamicLinqTypeAttribute"/>
/// in this assembly, and nothing else. System.Linq.Dynamic.Core's default provider scans every type of
/// every loaded assembly for the attribute (a quarter of a second of a cold <c>check</c> on the shipped
/// content, most of compiling the catalogue), and would let a marked type from any other library in.
/// </summary>
internal sealed class FactTypeProvider : IDynamicLinqCustomTypeProvider
{
    /// <summary>The one instance: the set is fixed by this assembly.</summary>
    public static FactTypeProvider Instance { get; } = new();

    private readonly HashSet<Type> _types;
    private readonly Dictionary<Type, List<MethodInfo>> _noExtensions = [];

    private FactTypeProvider() =>
        _types = typeof(Fact).Assembly.GetTypes()
            .Where(t => t.IsPublic && t.GetCustomAttribute<DynamicLinqTypeAttribute>() is not null)
            .ToHashSet();

    /// <inheritdoc />
    public HashSet<Type> GetCustomTypes() => _types;

    /// <inheritdoc />
    public Dictionary<Type, List<MethodInfo>> GetExtensionMethods() => _noExtensions;

    /// <inheritdoc />
    public Type? ResolveType(string typeName) => _types.FirstOrDefault(t => t.FullName == typeName);

    /// <inheritdoc />
    public Type? ResolveTypeBySimpleName(string simpleTypeName) => _types.FirstOrDefault(t => t.Name == simpleTypeName);
}
