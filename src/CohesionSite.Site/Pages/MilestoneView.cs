using CohesionSite.Core.Model;
using CohesionSite.Site.Localization;

namespace CohesionSite.Site.Pages;

/// <summary>
/// One milestone as the action plan shows it. Source plans often end a milestone's text with its
/// own date ("… launched November 2008"); that date is then marked up where it stands instead of
/// being repeated in brackets, so the date is read and printed once.
/// </summary>
internal sealed class MilestoneView
{
    private MilestoneView(string text, string due, string? iso, string? start, bool dateInText)
    {
        Text = text;
        Due = due;
        Iso = iso;
        Start = start;
        DateInText = dateInText;
    }

    /// <summary>The milestone's text without a trailing copy of its due date (empty when the text is only the date).</summary>
    public string Text { get; }

    /// <summary>The due date as displayed ("November 2008"), or the source's wording, or that no date is given.</summary>
    public string Due { get; }

    /// <summary>The due date in ISO form for a time element, when the date is known.</summary>
    public string? Iso { get; }

    /// <summary>The start date as displayed, when there is one.</summary>
    public string? Start { get; }

    /// <summary>True when the text ended with the due date: it is shown after the text without brackets.</summary>
    public bool DateInText { get; }

    /// <summary>
    /// Builds the view of one milestone, its dates in the words of <paramref name="text"/> (English
    /// when none is given). The trailing date is looked for as the page writes it and as the source
    /// wrote it (the source documents are English: a Welsh page of an English milestone finds
    /// "November 2008" at its end and shows "Tachwedd 2008" there instead, not both).
    /// </summary>
    public static MilestoneView Of(Milestone m, UiText? text = null)
    {
        var words = text ?? UiText.For("en");
        var due = m.Due is { } d ? Labels.Date(d, words) : m.DueText ?? words["labels.milestone_state.undated"];
        var shown = m.Text.TrimEnd();
        var written = m.Due is { } sd ? new[] { due, Labels.Date(sd, UiText.For("en")) } : m.DueText is not null ? [due] : [];
        var trailing = written.FirstOrDefault(w => shown.Length >= w.Length && shown.EndsWith(w, StringComparison.OrdinalIgnoreCase));
        if (trailing is not null)
        {
            shown = shown[..^trailing.Length].TrimEnd(' ', ',', '-', '–', ':');
        }

        return new MilestoneView(shown, due, m.Due?.ToString(), Labels.Date(m.Start, words), trailing is not null);
    }
}
