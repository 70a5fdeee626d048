using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Facts;

/// <summary>
/// What a rule reads about one entity: a read-only view built once from the immutable model, with
/// the counts and flags rules ask about precomputed from the strategy's indices. Public properties
/// are what expressions (<c>fact.X</c>) and message placeholders (<c>{x}</c>) can read; the model
/// node behind it stays internal, so an expression cannot reach beyond the view.
/// </summary>
public abstract class Fact
{
    private readonly string? _title;
    private readonly SourceMark? _mark;

    /// <param name="context">The strategy and date it is judged in.</param>
    /// <param name="node">The model node behind it.</param>
    /// <param name="target">The target entity's id.</param>
    /// <param name="title">A human name for the target; null to compute it when a message needs it.</param>
    /// <param name="mark">
    /// Where every finding on the fact points, for a fact whose place is not one of its node's fields
    /// (a name inside a passage, a field of a translation); null to point at the node's fields.
    /// </param>
    private protected Fact(RuleContext context, Node node, string target, string? title, SourceMark? mark = null)
    {
        Context = context;
        Node = node;
        Target = target;
        _title = title;
        _mark = mark;
    }

    /// <summary>The strategy id (empty for national content).</summary>
    public string Strategy => Context.StrategyId;

    /// <summary>The target entity's id.</summary>
    public string Target { get; }

    /// <summary>What kind of entity the target is: the kind findings, the reports and the site's URL map share.</summary>
    public abstract TargetKind TargetKind { get; }

    /// <summary>A human name for the target.</summary>
    public string Title => _title ?? ComputeTitle();

    internal RuleContext Context { get; }

    internal Node Node { get; }

    /// <summary>The title when the constructor was given none: computed only when a message needs it.</summary>
    private protected virtual string ComputeTitle() => Target;

    /// <summary>Where a finding on this fact points: the named field's value, or the entity.</summary>
    internal virtual SourceMark MarkOf(string? field) => _mark ?? (field is null ? Node.Mark : Node.MarkOf(field));
}
