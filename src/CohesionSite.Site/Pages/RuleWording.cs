using System.Net;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;
using CohesionSite.Site.Rendering;
using CohesionSite.Site.Localization;

namespace CohesionSite.Site.Pages;

/// <summary>
/// A rule's title, rationale and findings' messages as a page in one language shows them: the
/// rule's own translation where it gives one, else its English, marked <c>lang="en"</c> so a screen
/// reader reads it in an English voice. The rules are written in English; that is never guessed at.
/// </summary>
internal static class RuleWording
{
    /// <summary>The rule's title (<paramref name="fallback"/> when the catalogue lacks the rule).</summary>
    public static HtmlString Title(RuleInfo? rule, string fallback, UiText text) =>
        rule is not null && Translated(rule, text) is { } t ? Plain(t.Title) : English(rule?.Title ?? fallback, text);

    /// <summary>Why the rule matters (<paramref name="fallback"/>, the finding's own, when the catalogue gives none).</summary>
    public static HtmlString Rationale(RuleInfo? rule, string fallback, UiText text)
    {
        if (rule is not null && Translated(rule, text) is { Rationale.Length: > 0 } t && t.Rationale != rule.Rationale)
        {
            return Plain(t.Rationale);
        }

        return English(rule?.Rationale is { Length: > 0 } r ? r : fallback, text);
    }

    /// <summary>The finding's message, code spans as code and dates in words of the page's language.</summary>
    public static HtmlString Message(Finding finding, UiText text)
    {
        if (text.Language == LanguageCodes.English)
        {
            return FindingText.Html(finding.Message, text);
        }

        return finding.Messages.TryGetValue(text.Language, out var own)
            ? FindingText.Html(own, text)
            : Marked(FindingText.Html(finding.Message, Labels.En).Html);
    }

    private static RuleText? Translated(RuleInfo rule, UiText text) => rule.Texts.GetValueOrDefault(text.Language);

    private static HtmlString Plain(string s) => new(WebUtility.HtmlEncode(s));

    // English on an English page as it is; on another language's page, said to be English.
    private static HtmlString English(string s, UiText text) =>
        text.Language == LanguageCodes.English ? Plain(s) : Marked(WebUtility.HtmlEncode(s));

    private static HtmlString Marked(string html) => html.Length == 0 ? new(html) : new($"<span lang=\"{LanguageCodes.English}\">{html}</span>");
}
