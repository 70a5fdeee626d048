using System.Security;
using System.Text;
using CohesionSite.Site.Pipeline;

namespace CohesionSite.Site.Stages;

/// <summary>Writes sitemap.xml (absolute URLs from Host and LinksUseHttps) and robots.txt.</summary>
public sealed class SitemapStage : ISetStage
{
    /// <inheritdoc/>
    public string Name => "sitemap";

    /// <inheritdoc/>
    public void Execute(SiteContext context)
    {
        var origin = context.Origin;
        var bilingual = context.Mirrors.Count > 0;
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
            .Append(bilingual ? " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n" : ">\n");
        foreach (var doc in context.Documents.Where(d => d.IsHtml && d.InSitemap && d.Page is not null).OrderBy(d => d.Destination, StringComparer.Ordinal))
        {
            sb.Append("  <url><loc>").Append(SecurityElement.Escape(origin + context.Links.Url(doc.Page!.Path))).Append("</loc>");
            // Each language of the page, itself included, as search engines ask for hreflang in a sitemap.
            foreach (var l in doc.Page.Languages)
            {
                sb.Append("<xhtml:link rel=\"alternate\" hreflang=\"").Append(l.Code).Append("\" href=\"").Append(SecurityElement.Escape(l.Url)).Append("\"/>");
            }

            sb.Append("</url>\n");
        }

        sb.Append("</urlset>\n");
        context.Documents.Add(new SiteDocument("sitemap.xml") { Text = sb.ToString(), InSitemap = false });
        var robots = "User-agent: *\nAllow: /\n" + (origin.Length > 0 ? $"Sitemap: {origin}{context.Links.Url("sitemap.xml")}\n" : string.Empty);
        context.Documents.Add(new SiteDocument("robots.txt") { Text = robots, InSitemap = false });
    }
}
