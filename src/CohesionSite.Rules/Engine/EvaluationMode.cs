namespace CohesionSite.Rules.Engine;

/// <summary>Which evaluator runs the rules.</summary>
public enum EvaluationMode
{
    /// <summary>RulesEngine for each kind of fact up to <see cref="GapCheckOptions.FastPathThreshold"/> facts, the compiled fast path above it.</summary>
    Auto,
    /// <summary>Always Microsoft RulesEngine.</summary>
    RulesEngine,
    /// <summary>Always the compiled fast path.</summary>
    Compiled,
}
