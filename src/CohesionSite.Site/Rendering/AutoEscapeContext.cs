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

    /// <summary>
    /// On a mirror's page: what marks text shown in the original language because the translation
    /// lacks it. A value written as element content that is, or quotes, such text has it wrapped in
    /// <c>&lt;span lang="…"&gt;</c>; inside a tag (an attribute cannot carry a language) or the
    /// title element (which holds no markup) it is written as it is.
    /// </summary>
    public Mirror.UntranslatedMarker? Untranslated { get; set; }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case HtmlString html:
                Write(Untranslated is { } u && CanHoldMarkup() ? u.MarkHtml(html.Html) : html.Html);
                return this;
            default:
                var text = ObjectToString(textAsObject);
                if (string.IsNullOrEmpty(text))
                {
                    return this;
                }

                Write(Untranslated?.Mark(text) is { } marked && CanHoldMarkup() ? marked : WebUtility.HtmlEncode(text));

                return this;
        }
    }

    // Whether what is written next is element content that may hold a span: not inside a tag (an
    // attribute value: the last '<' comes after the last '>') and not in the title element (text
    // only; escaped values hold no '<' or '>', so the last tag before them is <title>).
    private bool CanHoldMarkup()
    {
        if (Output is not Scriban.Runtime.StringBuilderOutput { Builder: var sb })
        {
            return false;
        }

        for (var i = sb.Length - 1; i >= 0; i--)
        {
            switch (sb[i])
            {
                case '>':
                    return !EndsWith(sb, i, "<title>");
                case '<':
                    return false;
            }
        }

        return true;
    }

    private static bool EndsWith(System.Text.StringBuilder sb, int last, string tag)
    {
        var start = last - tag.Length + 1;
        if (start < 0)
        {
            return false;
        }

        for (var k = 0; k < tag.Length; k++)
        {
            if (sb[start + k] != tag[k])
            {
                return false;
            }
        }

        return true;
    }
}
