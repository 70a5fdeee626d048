using System.Text;

namespace CohesionSite.Tools.Bench;

/// <summary>
/// Writes a Hugo site with the same pages as one of our builds: every HTML page we wrote becomes a
/// Markdown page of the same text at the same URL. A strategy's overview is its section's list page
/// (<c>_index.md</c>), listing its eight section pages with their summaries; the layouts are minimal
/// but comparable to ours (header, breadcrumb, section navigation, main, footer).
/// </summary>
internal static class HugoSite
{
    /// <summary>Writes <c>hugo.toml</c>, <c>layouts/</c> and <c>content/</c> into <paramref name="folder"/> from the built site in <paramref name="built"/>.</summary>
    /// <returns>The number of content pages written.</returns>
    public static int Write(string built, string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "hugo.toml"), Config);
        foreach (var (name, text) in Layouts)
        {
            var path = Path.Combine(folder, "layouts", name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        var content = Path.Combine(folder, "content");
        var pages = Directory.EnumerateFiles(built, "index.html", SearchOption.AllDirectories).ToArray();
        Parallel.ForEach(pages, page =>
        {
            var relative = Path.GetRelativePath(built, Path.GetDirectoryName(page)!).Replace('\\', '/');
            var target = Target(relative);
            var html = File.ReadAllText(page);
            var markdown = new StringBuilder("---\n")
                .Append("title: \"").Append(HtmlToMarkdown.Title(html).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"\n---\n\n")
                .Append(HtmlToMarkdown.Convert(html));
            var path = Path.Combine(content, target);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, markdown.ToString());
        });
        return pages.Length;
    }

    /// <summary>Where the page at <paramref name="relative"/> (its folder under the site) goes in Hugo's content tree.</summary>
    internal static string Target(string relative)
    {
        var parts = relative == "." ? [] : relative.Split('/');
        return parts.Length switch
        {
            0 => "_index.md",
            2 when parts[0] == "strategies" => $"strategies/{parts[1]}/_index.md",
            _ => string.Join('/', parts) + ".md",
        };
    }

    private const string Config = """
        baseURL = "/"
        title = "Synthetic benchmark"
        languageCode = "en-gb"
        disableKinds = ["taxonomy", "term", "RSS"]
        enableRobotsTXT = true

        """;

    private static readonly (string Name, string Text)[] Layouts =
    [
        ("_default/baseof.html", """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ .Title }} | {{ .Site.Title }}</title><link rel="stylesheet" href="/assets/site.css"></head>
            <body>
            <a class="skip" href="#main">Skip to content</a>
            <header><a href="/">{{ .Site.Title }}</a>
            <nav aria-label="Breadcrumb"><ol>{{ range .Ancestors.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}<li aria-current="page">{{ .Title }}</li></ol></nav>
            {{ with .CurrentSection }}{{ if ne .Kind "home" }}<nav aria-label="Sections"><ul><li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ range .RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></nav>{{ end }}{{ end }}
            </header>
            <main id="main"><h1>{{ .Title }}</h1>{{ block "main" . }}{{ end }}</main>
            <footer><p>{{ .Site.Title }}. Built with Hugo.</p></footer>
            </body>
            </html>

            """),
        ("_default/single.html", """
            {{ define "main" }}{{ .Content }}{{ end }}

            """),
        ("_default/list.html", """
            {{ define "main" }}{{ .Content }}
            <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a><p>{{ .Summary }}</p></li>{{ end }}</ul>{{ end }}

            """),
        ("404.html", """
            {{ define "main" }}<p>The page was not found. <a href="/">Home</a></p>{{ end }}

            """),
    ];
}
