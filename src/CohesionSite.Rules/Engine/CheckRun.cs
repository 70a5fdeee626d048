using CohesionSite.Core.Findings;

namespace CohesionSite.Rules.Engine;

/// <summary>A check's report with how long its stages took (for the benchmark).</summary>
/// <param name="Report">The gap report.</param>
/// <param name="FactCount">Facts built.</param>
/// <param name="FactsTime">Building the indices and facts.</param>
/// <param name="EvaluationTime">Running the rules and assembling findings.</param>
public sealed record CheckRun(GapReport Report, int FactCount, TimeSpan FactsTime, TimeSpan EvaluationTime);
