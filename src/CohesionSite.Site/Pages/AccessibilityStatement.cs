using CohesionSite.Core.Settings;
using CohesionSite.Site.Pipeline;

namespace CohesionSite.Site.Pages;

/// <summary>
/// The accessibility statement, from facts the build has: a contact route only where the site or a
/// strategy gives one (and which strategies give none), the compliance status from the listed known
/// issues (an AAA criterion is never a reason for "partially compliant"), and the build's date.
/// </summary>
internal static class AccessibilityStatement
{
    public static Page Build(SiteSettings settings, SiteModel model, Links links, DateOnly today)
    {
        var withContact = model.Strategies.Where(sv => sv.Content.Strategy.Contacts.Any(c => c.Email is { Length: > 0 } || c.Phone is { Length: > 0 })).ToArray();
        var without = model.Strategies.Except(withContact).Select(sv => sv.PlaceTitle).ToArray();
        var text = model.Text;
        // The statement is in the page's language: the settings' translation of the site's own words where they give one.
        var known = settings.AccessibilityIssuesIn(text.Language);
        var title = settings.TitleIn(text.Language).Title;
        var issues = known.Where(i => i.Level != "AAA").ToArray();
        var beyond = known.Where(i => i.Level == "AAA").ToArray();
        var contact = settings.AccessibilityContact;
        var mailto = contact is { } c ? Rendering.SafeUrl.Check(c.Contains('@') && !c.Contains(':') ? "mailto:" + c : c) : null;
        var contactLink = mailto is null ? string.Empty : HtmlText.Link(mailto, contact!);
        var wcag = HtmlText.Link("https://www.w3.org/TR/WCAG22/", text["accessibility.wcag"]);
        return PageFactory.SitePage(links, text, SitePaths.Accessibility, text["accessibility.title"], new
        {
            SiteTitle = title,
            Mailto = mailto,
            FeedbackContact = HtmlText.Format(text["accessibility.feedback_contact"], contactLink),
            ReportingContact = HtmlText.Format(text["accessibility.reporting_contact"], contactLink),
            // Without a site contact, readers are sent to the strategies that give one, and told which give none.
            StrategyContacts = contact is null
                ? withContact.Select(sv => new { Title = sv.PlaceTitle, Url = links.Url(SitePaths.Strategy(sv.Id), "contacts") }).ToArray()
                : [],
            WithoutContact = contact is null ? string.Join("; ", without) : string.Empty,
            Enforcement = HtmlText.Format(text["accessibility.enforcement"], HtmlText.Link("https://www.equalityadvisoryservice.com/", text["accessibility.eass"])),
            Compliance = HtmlText.Format(text[issues.Length > 0 ? "accessibility.compliance_partial" : "accessibility.compliance_full"], wcag),
            Issues = issues.Select(View).ToArray(),
            Beyond = beyond.Select(View).ToArray(),
            Generated = Dates.Updated(today, text)!.Text,
        }, text.Format("accessibility.description", title));
    }

    private static object View(KnownIssue i) => new { i.Criterion, i.Level, i.Text, i.Fix };
}
