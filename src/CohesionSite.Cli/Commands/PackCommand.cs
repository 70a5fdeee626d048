using System.CommandLine;
using System.Diagnostics;
using CohesionSite.Content;
using CohesionSite.Core.Settings;
using CohesionSite.Rules.Reporting;
using CohesionSite.Site;
using CohesionSite.Workspace;

namespace CohesionSite.Cli.Commands;

/// <summary>
/// <c>cohesion pack --strategy ID --pdf FILE [--baseline FILE]</c>: prints one strategy's board pack
/// (the page every build makes at <c>strategies/ID/pack/</c>) to PDF with headless Chromium. The
/// pack is built into a private temporary folder and the PDF written through a temporary sibling,
/// so a failure leaves no half-written PDF and no earlier one replaced. Exit 0 written, 2 anything wrong.
/// </summary>
internal static class PackCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var content = CommonOptions.Content();
        var strategy = new Option<string>("--strategy") { Description = "The strategy whose board pack to print", Required = true };
        var pdf = new Option<string>("--pdf") { Description = "Write the board pack as a PDF to this file", Required = true };
        var baseline = new Option<string?>("--baseline") { Description = "The gap report of the last pack (check --format json): the pack says what changed since" };
        var command = new Command("pack", "Print a strategy's board pack to PDF with headless Chromium") { config, content, strategy, pdf, baseline };
        command.SetAction(parse => Run(parse.GetValue(config), parse.GetValue(content), parse.GetValue(strategy)!, parse.GetValue(pdf)!, parse.GetValue(baseline)));
        return command;
    }

    private static int Run(string? config, string? contentPath, string strategy, string pdf, string? baselinePath)
    {
        var clock = Stopwatch.StartNew();
        // Said before any work: without a browser there is no PDF, whatever the content.
        if (ChromiumPdf.Missing() is { } missing)
        {
            Console.Error.WriteLine(missing);
            return ExitCodes.BadInput;
        }

        var ws = WorkspaceConsole.Open(config, contentPath, null, Console.Error);
        if (ws is null)
        {
            return ExitCodes.BadInput;
        }

        // An unknown id is a load error naming the nearest strategy folder.
        var loaded = ws.Load([strategy]);
        WorkspaceConsole.Print(loaded.Diagnostics, Console.Error);
        if (loaded.HasErrors || loaded.Content is null)
        {
            Console.Error.WriteLine($"pack stopped: the content has errors; fix them above ({pdf} not written)");
            return ExitCodes.BadInput;
        }

        var catalogue = GapRules.Load(ws);
        WorkspaceConsole.Print(catalogue.Diagnostics, Console.Error);
        if (catalogue.Rules is not { } rules)
        {
            return ExitCodes.BadInput;
        }

        var gaps = rules.Check(loaded.Content, loaded.Diagnostics);
        if (gaps.Run is not { } run)
        {
            Console.Error.WriteLine(gaps.RuleError);
            return ExitCodes.BadInput;
        }

        var report = run.Report;
        if (baselinePath is not null)
        {
            try
            {
                // The same comparison check --baseline makes, over this strategy's part of the earlier report.
                report = Baseline.Apply(report, Baseline.Only(Baseline.Read(File.ReadAllText(baselinePath), baselinePath), [strategy]));
            }
            catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine(e is FormatException ? $"error: {e.Message}" : $"{baselinePath}: error: cannot read the baseline: {e.Message}");
                return ExitCodes.BadInput;
            }
        }

        var work = Directory.CreateTempSubdirectory("cohesion-pack-").FullName;
        try
        {
            var site = Path.Combine(work, "site");
            // Links are root-relative: rooted at the private folder itself, they resolve from a file:// URL
            // (styles, charts, every link) with no server.
            var linkRoot = site.Replace('\\', '/').TrimEnd('/') + "/";
            if (!SiteSettings.IsValidLinkRoot(linkRoot))
            {
                Console.Error.WriteLine($"error: the temporary folder {work} cannot be a link root; set TMPDIR to a plain path such as /tmp");
                return ExitCodes.BadInput;
            }

            var built = SiteBuilder.BuildInto(new SiteBuildRequest
            {
                Settings = ws.Settings with { LinkRoot = linkRoot },
                Content = loaded.Content,
                Report = report,
                TemplateOverrides = ws.TemplatesPath,
                Updated = ContentHistory.Read(ws.ContentPath),
            }, site);
            if (!built.Success)
            {
                foreach (var e in built.Errors)
                {
                    Console.Error.WriteLine($"error: {e}");
                }

                Console.Error.WriteLine($"pack failed: the pack page could not be built; {pdf} not written");
                return ExitCodes.BadInput;
            }

            var html = Path.Combine(site, Site.Pipeline.SitePaths.FileOf(Site.Pipeline.SitePaths.Strategy(strategy, "pack")));
            AtomicFile.Write(pdf, temp => ChromiumPdf.Print(html, temp, Path.Combine(work, "profile")));
            Console.Out.WriteLine($"board pack of {strategy} written to {Path.GetFullPath(pdf)}: {new FileInfo(pdf).Length / 1024} KiB in {clock.ElapsedMilliseconds} ms");
            return ExitCodes.Ok;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"error: {e.Message}; {pdf} not written");
            return ExitCodes.BadInput;
        }
        finally
        {
            // Only the folder this run made.
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary folder is harmless; the PDF is already in place or was never written.
            }
        }
    }
}
