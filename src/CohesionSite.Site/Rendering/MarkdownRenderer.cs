using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CohesionSite.Site.Rendering;

/// <summary>
/// Renders content Markdown: CommonMark plus pipe tables, raw HTML disabled (it shows as text),
/// links limited to http/https/mailto, images dropped (a page must make no external requests),
/// and headings offset below the page's own: the shallowest content heading takes the level the
/// template asks for and deeper ones follow without skipping a level, so every page keeps one h1
/// and its heading order (no h5 straight after an h1, whatever levels the source used).
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .DisableHtml()
        .Build();

    /// <summary>Content headings start at this level by default (the page has h1, its sections h2).</summary>
    public const int FirstHeading = 3;

    /// <summary>Renders a block of Markdown under a page section (its headings from h3); null or blank gives nothing.</summary>
    public static HtmlString Render(string? markdown) => Render(markdown, FirstHeading);

    /// <summary>Renders a block of Markdown whose shallowest heading becomes <paramref name="firstHeading"/> (2-6).</summary>
    public static HtmlString Render(string? markdown, int firstHeading)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return HtmlString.Empty;
        }

        var doc = Markdown.Parse(markdown, Pipeline);
        OffsetHeadings(doc, Math.Clamp(firstHeading, 2, 6));

        foreach (var link in doc.Descendants<LinkInline>().ToArray())
        {
            if (link.IsImage)
            {
                // Keep the alt text, drop the request.
                link.ReplaceBy(new LiteralInline(string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()))), copyChildren: false);
            }
            else if (SafeUrl.Check(link.Url) is null)
            {
                Unwrap(link);
            }
        }

        foreach (var auto in doc.Descendants<AutolinkInline>().ToArray())
        {
            if (SafeUrl.Check(auto.IsEmail ? "mailto:" + auto.Url : auto.Url) is null)
            {
                auto.ReplaceBy(new LiteralInline(auto.Url), copyChildren: false);
            }
        }

        return new HtmlString(doc.ToHtml(Pipeline));
    }

    /// <summary>Renders Markdown that is one paragraph as inline markup (no wrapping &lt;p&gt;), for table cells and list items.</summary>
    public static HtmlString Inline(string? markdown)
    {
        var html = Render(markdown).Html.Trim();
        if (html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal)
            && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0)
        {
            html = html[3..^4];
        }

        return new HtmlString(html);
    }

    private static void OffsetHeadings(MarkdownDocument doc, int first)
    {
        // Each distinct source level, shallowest first, takes the next level from `first`: "###"
        // then "#####" become h2 then h3 under an h1, never h3 then h5.
        var headings = doc.Descendants<HeadingBlock>().ToArray();
        var levels = headings.Select(h => h.Level).Distinct().Order().ToArray();
        foreach (var heading in headings)
        {
            heading.Level = Math.Min(6, first + Array.IndexOf(levels, heading.Level));
        }
    }
    /// <summary>
    /// Markdown as plain text (open-data cells): emphasis and code marks gone, a link's text kept
    /// (without its URL), paragraphs and list items on their own lines.
    /// </summary>
    public static string Plain(string markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? markdown.Trim() : Markdown.ToPlainText(markdown, Pipeline).Trim().ReplaceLineEndings("\n");

    private static void Unwrap(LinkInline link)
    {
        // Keep the link's text, without the link.
        var replacement = new ContainerInline();
        while (link.FirstChild is { } child)
        {
            child.Remove();
            replacement.AppendChild(child);
        }

        link.ReplaceBy(replacement, copyChildren: false);
    }
}
