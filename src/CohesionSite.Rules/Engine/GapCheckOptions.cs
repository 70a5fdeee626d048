namespace CohesionSite.Rules.Engine;

/// <summary>How a check runs.</summary>
public sealed record GapCheckOptions
{
    /// <summary>Which evaluator runs the rules.</summary>
    public EvaluationMode Mode { get; init; } = EvaluationMode.Auto;

    /// <summary>
    /// In <see cref="EvaluationMode.Auto"/>, kinds of fact with more facts than this go through the
    /// compiled fast path (RulesEngine's per-call cost dominates there; see docs/rules.md).
    /// </summary>
    public int FastPathThreshold { get; init; } = 5_000;
}
