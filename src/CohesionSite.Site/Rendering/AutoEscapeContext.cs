using System.Net;
using Scriban;
using Scriban.Parsing;

namespace CohesionSite.Site.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes unless it is an
/// <see cref="HtmlString"/>: escaping is the default, so a template that forgets a filter is still safe.
/// Quotes are escaped too, so values are safe inside quoted attributes.
/// </summary>
internal sealed class AutoEscapeContext : TemplateContext
{
    public AutoEscapeContext()
    {
        StrictVariables = true;
        LoopLimit = 100_000;
        RecursiveLimit = 50;
        // Scriban caps a render's cumulative output at LimitToString (1 Mi chars) unless OutputLimit is
        // set, and then silently truncates it: a site-wide page over many strategies lost its last
        // sections that way. Pages are bounded by the content's own limits; a conversion that still
        // reaches the limit throws (a build error), never cuts a page short.
        OutputLimit = 0;
        OnStringLimit = ScriptLimitBehavior.Throw;
        EnableRelaxedMemberAccess = false;
        // Page models are C# objects: expose their members as snake_case (Title -> title).
        MemberRenamer = member => Scriban.Runtime.StandardMemberRenamer.Rename(member.Name);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case HtmlString html:
                Write(html.Html);
                return this;
            default:
                var text = ObjectToString(textAsObject);
                if (!string.IsNullOrEmpty(text))
                {
                    Write(WebUtility.HtmlEncode(text));
                }

                return this;
        }
    }
}
