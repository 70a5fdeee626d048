using CohesionSite.Core.Model;

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

    /// <summary>The due date as displayed ("November 2008"), or the source's wording, or "No date given".</summary>
    public string Due { get; }

    /// <summary>The due date in ISO form for a time element, when the date is known.</summary>
    public string? Iso { get; }

    /// <summary>The start date as displayed, when there is one.</summary>
    public string? Start { get; }

    /// <summary>True when the text ended with the due date: it is shown after the text without brackets.</summary>
    public bool DateInText { get; }

    /// <summary>Builds the view of one milestone.</summary>
    public static MilestoneView Of(Milestone m)
    {
        var due = m.Due is { } d ? d.ToDisplay() : m.DueText ?? "No date given";
        var text = m.Text.TrimEnd();
        var inText = (m.Due is not null || m.DueText is not null) && text.Length >= due.Length
            && text.EndsWith(due, StringComparison.OrdinalIgnoreCase);
        if (inText)
        {
            text = text[..^due.Length].TrimEnd(' ', ',', '-', '–', ':');
        }

        return new MilestoneView(text, due, m.Due?.ToString(), Labels.Date(m.Start), inText);
    }
}
