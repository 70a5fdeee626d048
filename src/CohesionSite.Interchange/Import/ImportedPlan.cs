using CohesionSite.Core.Model;

namespace CohesionSite.Interchange.Import;

/// <summary>What a workbook holds once every cell has been read and checked.</summary>
/// <param name="Actions">The action plan, or null when the workbook has no action-plan sheets.</param>
/// <param name="Indicators">The indicators, or null when the workbook has no indicator sheets.</param>
/// <param name="Errors">Every bad cell; when there is any, nothing may be written.</param>
public sealed record ImportedPlan(IReadOnlyList<ActionItem>? Actions, IReadOnlyList<Indicator>? Indicators, IReadOnlyList<CellDiagnostic> Errors);
