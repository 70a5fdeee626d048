using System.Globalization;
using System.Text;
using CohesionSite.Analysis;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;
using CohesionSite.Site.Localization;

namespace CohesionSite.Site.Pages;

/// <summary>Human wording of enums and dates, in one place so every page and download says the same.</summary>
public static class Labels
{
    /// <summary>
    /// The noun a sentence uses for a strategy's document: "strategy" when it is or carries one,
    /// its one-word kind otherwise ("report"), "document" when the kind is a longer description.
    /// </summary>

    /// <summary>The noun for a strategy's document in the words of <paramref name="text"/> (a one-word kind is the source's own word).</summary>
    public static string DocumentNoun(Strategy s, UiText text) => s.DocumentType switch
    {
        null or "" => text["labels.noun_strategy"],
        var t when t.Contains("strategy", StringComparison.OrdinalIgnoreCase) => text["labels.noun_strategy"],
        var t when !t.Contains(' ', StringComparison.Ordinal) => t.ToLowerInvariant(),
        _ => text["labels.noun_document"],
    };

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

    // The English text, for callers not yet given a page language (downloads, change detection).
    internal static UiText En => UiText.For("en");

    /// <summary>An enum value in the words of <paramref name="text"/> (<c>labels.enums.TYPE.VALUE</c>).</summary>
    public static string Humanize(Enum value, UiText text) => text[$"labels.enums.{value.GetType().Name}.{value}"];

    /// <summary>The direction an indicator is judged in, in words, saying when it is the national indicator's.</summary>

    /// <summary>The direction an indicator is judged in, in the words of <paramref name="text"/>.</summary>
    public static string Direction(IndicatorDirection d, UiText text) => d.Direction switch
    {
        Core.Model.Direction.Higher => text["labels.direction.higher"],
        Core.Model.Direction.Lower => text["labels.direction.lower"],
        _ => text["labels.direction.none"],
    } + (d.FromNational ? text["labels.direction.from_national"] : string.Empty);

    /// <summary>The RAG rating in words: colour and meaning (never colour alone).</summary>

    /// <summary>The RAG rating in the words of <paramref name="text"/>.</summary>
    public static string Rag(Rag? rag, UiText text) => rag switch
    {
        Core.Model.Rag.Green => text["labels.rag.green"],
        Core.Model.Rag.Amber => text["labels.rag.amber"],
        Core.Model.Rag.Red => text["labels.rag.red"],
        // The source gives no rating: say so, never invent one.
        _ => text["labels.rag.none"],
    };

    /// <summary>An action's status in words; an absent one is "No status reported", never "Not started".</summary>

    /// <summary>An action's status in the words of <paramref name="text"/>.</summary>
    public static string ActionStatus(ActionStatus status, UiText text) =>
        status == Core.Model.ActionStatus.NotReported ? text["labels.no_status"] : Humanize(status, text);

    /// <summary>A milestone's state in words, the one wording of the action pages, status pages and board pack.</summary>

    /// <summary>A milestone's state in the words of <paramref name="text"/>.</summary>
    public static string MilestoneState(Analysis.Status.MilestoneState state, UiText text) => state switch
    {
        Analysis.Status.MilestoneState.Done => text["labels.milestone_state.done"],
        Analysis.Status.MilestoneState.Due => text["labels.milestone_state.due"],
        Analysis.Status.MilestoneState.Past => text["labels.milestone_state.past"],
        _ => text["labels.milestone_state.undated"],
    };

    /// <summary>An indicator's reporting state in words, the one wording of the status pages and board pack.</summary>

    /// <summary>An indicator's reporting state in the words of <paramref name="text"/>.</summary>
    public static string IndicatorState(Analysis.Status.IndicatorState state, UiText text) => state switch
    {
        Analysis.Status.IndicatorState.WithData => text["labels.indicator_state.with_data"],
        Analysis.Status.IndicatorState.BaselineOnly => text["labels.indicator_state.baseline_only"],
        _ => text["labels.indicator_state.no_baseline"],
    };

    /// <summary>The CSS modifier for a RAG rating.</summary>
    public static string RagClass(Rag? rag) => rag?.ToString().ToLowerInvariant() ?? "none";

    /// <summary>Severity in words.</summary>

    /// <summary>Severity in the words of <paramref name="text"/>.</summary>
    public static string Severity(Severity s, UiText text) => s switch
    {
        Core.Findings.Severity.Error => text["labels.severity.error"],
        Core.Findings.Severity.Warning => text["labels.severity.warning"],
        _ => text["labels.severity.info"],
    };

    /// <summary>A date as people read it ("November 2008"), or empty.</summary>

    /// <summary>
    /// A date a sentence says something was true at, worded for its precision (<c>dates.at</c>):
    /// English "May 2011" after the sentence's own "as at"; Welsh "ym mis Mai 2011", "ar 22 Hydref 2008", "yn 2011".
    /// </summary>
    public static string DateAt(PartialDate date, UiText text) =>
        text.Format("dates.at." + date.Precision.ToString().ToLowerInvariant(), Date(date, text));

    /// <summary>
    /// A date as readers of <paramref name="text"/> read it ("November 2008", "Tachwedd 2008",
    /// "22 October 2008", "2009"), or empty. The year and day are written as digits, never grouped.
    /// </summary>
    public static string Date(PartialDate? date, UiText text)
    {
        if (date is not { } d)
        {
            return string.Empty;
        }

        var year = d.Year.ToString("D4", CultureInfo.InvariantCulture);
        return d.Precision switch
        {
            DatePrecision.Year => year,
            DatePrecision.Month => text.Format("dates.month_year", text.Month(d.Month), year),
            _ => text.Format("dates.day_month_year", d.Day.ToString(CultureInfo.InvariantCulture), text.Month(d.Month), year),
        };
    }

    /// <summary>A number without trailing zeros, invariant.</summary>
    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>A strategy's period ("2008 to 2011").</summary>

    /// <summary>A strategy's period in the words of <paramref name="text"/>.</summary>
    public static string Period(Period? period, UiText text) =>
        period is null ? text["labels.not_stated"] : text.Format("labels.period", Date(period.Start, text), Date(period.End, text));

    /// <summary>A strategy's status ("Adopted, 22 October 2008, by Cabinet").</summary>

    /// <summary>A strategy's status in the words of <paramref name="text"/>.</summary>
    public static string Status(StrategyStatus? status, UiText text)
    {
        if (status is null)
        {
            return text["labels.not_stated"];
        }

        var words = Humanize(status.State, text);
        if (status.Date is { } d)
        {
            words = text.Format("labels.status_date", words, Date(d, text));
        }

        if (!string.IsNullOrWhiteSpace(status.Body))
        {
            words = text.Format("labels.status_body", words, status.Body);
        }

        return words;
    }
}
