using CohesionSite.Core.Findings;

namespace CohesionSite.Analysis.Findings;

/// <summary>Counts of findings by severity; waived findings are counted apart, never per severity.</summary>
/// <param name="Errors">Errors not waived.</param>
/// <param name="Warnings">Warnings not waived.</param>
/// <param name="Infos">Infos not waived.</param>
/// <param name="Waived">Waived findings.</param>
public sealed record GapCounts(int Errors, int Warnings, int Infos, int Waived)
{
    /// <summary>All findings, waived included.</summary>
    public int Total => Errors + Warnings + Infos + Waived;

    /// <summary>Counts <paramref name="findings"/> in one pass.</summary>
    public static GapCounts Of(IEnumerable<Finding> findings)
    {
        int errors = 0, warnings = 0, infos = 0, waived = 0;
        foreach (var f in findings)
        {
            if (f.Waived)
            {
                waived++;
            }
            else if (f.Severity == Severity.Error)
            {
                errors++;
            }
            else if (f.Severity == Severity.Warning)
            {
                warnings++;
            }
            else
            {
                infos++;
            }
        }

        return new(errors, warnings, infos, waived);
    }
}
