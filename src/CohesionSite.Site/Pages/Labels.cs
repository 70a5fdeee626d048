using System.Globalization;
using System.Text;
using CohesionSite.Analysis;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;

namespace CohesionSite.Site.Pages;

/// <summary>Human wording of enums and dates, in one place so every page and download says the same.</summary>
public static class Labels
{
    /// <summary>
    /// The noun a sentence uses for a strategy's document: "strategy" when it is or carries one,
    /// its one-word kind otherwise ("report"), "document" when the kind is a longer description.
    /// </summary>
    public static string DocumentNoun(Strategy s) => s.DocumentType switch
    {
        null or "" => "strategy",
        var t when t.Contains("strategy", StringComparison.OrdinalIgnoreCase) => "strategy",
        var t when !t.Contains(' ', StringComparison.Ordinal) => t.ToLowerInvariant(),
        _ => "document",
    };

    /// <summary>"1 outcome", "8 outcomes": a count with its noun in the right number.</summary>
    public static string Count(int n, string one, string many) => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);

    /// <summary>"NotStarted" → "Not started".</summary>
    public static string Humanize(Enum value)
    {
        var name = value.ToString();
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c))
            {
                sb.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>The direction an indicator is judged in, in words, saying when it is the national indicator's.</summary>
    public static string Direction(IndicatorDirection d) => d.Direction switch
    {
        Core.Model.Direction.Higher => "Higher is better",
        Core.Model.Direction.Lower => "Lower is better",
        _ => "Not stated",
    } + (d.FromNational ? " (the national indicator's direction)" : string.Empty);

    /// <summary>The RAG rating in words: colour and meaning (never colour alone).</summary>
    public static string Rag(Rag? rag) => rag switch
    {
        Core.Model.Rag.Green => "Green: on track",
        Core.Model.Rag.Amber => "Amber: slightly off track",
        Core.Model.Rag.Red => "Red: very off track",
        // The source gives no rating: say so, never invent one.
        _ => "No rating reported",
    };

    /// <summary>An action's status in words; an absent one is "No status reported", never "Not started".</summary>
    public static string ActionStatus(ActionStatus status) =>
        status == Core.Model.ActionStatus.NotReported ? "No status reported" : Humanize(status);

    /// <summary>A milestone's state in words, the one wording of the action pages, status pages and board pack.</summary>
    public static string MilestoneState(Analysis.Status.MilestoneState state) => state switch
    {
        Analysis.Status.MilestoneState.Done => "Done (its action is complete)",
        Analysis.Status.MilestoneState.Due => "Due, not yet past its date",
        Analysis.Status.MilestoneState.Past => "Past its due date, not done",
        _ => "No date given",
    };

    /// <summary>An indicator's reporting state in words, the one wording of the status pages and board pack.</summary>
    public static string IndicatorState(Analysis.Status.IndicatorState state) => state switch
    {
        Analysis.Status.IndicatorState.WithData => "With figures since the baseline",
        Analysis.Status.IndicatorState.BaselineOnly => "Baseline only",
        _ => "No baseline",
    };

    /// <summary>The CSS modifier for a RAG rating.</summary>
    public static string RagClass(Rag? rag) => rag?.ToString().ToLowerInvariant() ?? "none";

    /// <summary>Severity in words.</summary>
    public static string Severity(Severity s) => s switch
    {
        Core.Findings.Severity.Error => "Error",
        Core.Findings.Severity.Warning => "Warning",
        _ => "Info",
    };

    /// <summary>A date as people read it ("November 2008"), or empty.</summary>
    public static string Date(PartialDate? date) => date?.ToDisplay() ?? string.Empty;

    /// <summary>A number without trailing zeros, invariant.</summary>
    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>A strategy's period ("2008 to 2011").</summary>
    public static string Period(Period? period) => period is null ? "Not stated" : $"{period.Start.ToDisplay()} to {period.End.ToDisplay()}";

    /// <summary>A strategy's status ("Adopted, 22 October 2008, by Cabinet").</summary>
    public static string Status(StrategyStatus? status)
    {
        if (status is null)
        {
            return "Not stated";
        }

        var text = Humanize(status.State);
        if (status.Date is { } d)
        {
            text += ", " + d.ToDisplay();
        }

        if (!string.IsNullOrWhiteSpace(status.Body))
        {
            text += ", by " + status.Body;
        }

        return text;
    }
}
