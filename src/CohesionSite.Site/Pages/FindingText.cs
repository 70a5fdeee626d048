using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace CohesionSite.Site.Pages;

/// <summary>
/// A finding's message as readers see it. The rules write messages for the terminal and for
/// Markdown (code marks around YAML keys, ISO dates); on the site and in the open data they are
/// text: code marks become <c>&lt;code&gt;</c> (or go, in plain text), and ISO dates are written
/// in words ("22 October 2008"), so no page shows a raw backtick or a machine date.
/// </summary>
public static partial class FindingText
{
    /// <summary>The message as escaped HTML, code spans as <c>&lt;code&gt;</c>, dates in words (in <paramref name="text"/>'s language; English when none is given).</summary>
    public static Rendering.HtmlString Html(string message, Localization.UiText? text = null)
    {
        var sb = new StringBuilder(message.Length + 16);
        var last = 0;
        foreach (Match m in CodeSpan().Matches(message))
        {
            sb.Append(WebUtility.HtmlEncode(Dates(message[last..m.Index], text)));
            sb.Append("<code>").Append(WebUtility.HtmlEncode(m.Groups[1].Value)).Append("</code>");
            last = m.Index + m.Length;
        }

        sb.Append(WebUtility.HtmlEncode(Dates(message[last..], text)));
        return new Rendering.HtmlString(sb.ToString());
    }

    /// <summary>The message as plain text (CSV cells, search): code marks dropped, dates in words.</summary>
    public static string Plain(string message) => Dates(CodeSpan().Replace(message, m => m.Groups[1].Value));

    /// <summary>ISO dates (<c>2008-10-22</c>, <c>2008-11</c>) in words, the way the site writes dates; anything that is not a real date is left alone.</summary>
    public static string Dates(string text, Localization.UiText? language = null) => IsoDate().Replace(text, m =>
    {
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return m.Value;
        }

        if (!m.Groups["d"].Success)
        {
            return Labels.Date(new Core.Model.PartialDate(year, month, 1, Core.Model.DatePrecision.Month), language ?? Labels.En);
        }

        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        return day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? Labels.Date(new Core.Model.PartialDate(year, month, day, Core.Model.DatePrecision.Day), language ?? Labels.En)
            : m.Value;
    });

    // A code span as Markdown writes it: one backtick each side, no backtick inside.
    [GeneratedRegex("`([^`]+)`", RegexOptions.CultureInvariant)]
    private static partial Regex CodeSpan();

    // Not inside a longer number or id ("ni-2008-10", "1.2008-10"): digits, dots and hyphens may not touch it.
    [GeneratedRegex(@"(?<![\w.\-])(?<y>(19|20)\d\d)-(?<m>\d\d)(-(?<d>\d\d))?(?![\w\-]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();
}
