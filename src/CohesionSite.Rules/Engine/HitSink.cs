using NRules.Extensibility;

namespace CohesionSite.Rules.Engine;

/// <summary>
/// One session's hits, in firing order. It is the session's dependency resolver, so a rule's action
/// reaches it through <c>IContext.Resolve</c> (each session has its own: sessions run in parallel).
/// </summary>
internal sealed class HitSink : IDependencyResolver
{
    private readonly List<Hit> _hits = [];

    /// <summary>The hits so far.</summary>
    public IReadOnlyList<Hit> Hits => _hits;

    public void Add(Hit hit) => _hits.Add(hit);

    /// <inheritdoc/>
    public object Resolve(IResolutionContext context, Type serviceType) =>
        serviceType == typeof(HitSink) ? this : throw new InvalidOperationException($"a rule asked for {serviceType.Name}; rules depend on nothing but their facts");
}
