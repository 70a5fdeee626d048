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
    /// On a mirror's page: text shown in the original language because the translation lacks it,
    /// and that language. A value among it written as element content (not inside a tag, where an
    /// attribute cannot carry a language) is wrapped in <c>&lt;span lang="…"&gt;</c>.
    /// </summary>
    public (IReadOnlySet<string> Texts, string Language)? Untranslated { get; init; }

    /// <summary>True while a page's own template renders (the layout's head and title get no marks).</summary>
    public bool MarkUntranslated { get; set; }

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
                if (string.IsNullOrEmpty(text))
                {
                    return this;
                }

                if (MarkUntranslated && Untranslated is { } u && u.Texts.Contains(text) && !InsideTag())
                {
                    Write($"<span lang=\"{u.Language}\">{WebUtility.HtmlEncode(text)}</span>");
                }
                else
                {
                    Write(WebUtility.HtmlEncode(text));
                }

                return this;
        }
    }

    // Whether the output so far ends inside a tag (an attribute value): the last '<' comes after the last '>'.
    private bool InsideTag()
    {
        if (Output is not Scriban.Runtime.StringBuilderOutput { Builder: var sb })
        {
            return true;
        }

        for (var i = sb.Length - 1; i >= 0; i--)
        {
            switch (sb[i])
            {
                case '>':
                    return false;
                case '<':
                    return true;
            }
        }

        return false;
    }
}
