using System.CommandLine;
using System.Diagnostics;
using CohesionSite.Content;
using CohesionSite.Core.Settings;
using CohesionSite.Site;
using CohesionSite.Site.Output;

namespace CohesionSite.Cli.Commands;

/// <summary>
/// <c>cohesion build</c>: loads the content and builds the static site into a temporary folder,
/// swapping it into the output folder only when every stage (including the link check) succeeded.
/// </summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var content = CommonOptions.Content();
        var output = CommonOptions.Out("Output folder (default: OutputPath from statiq.json); it must be missing, empty or an earlier build's output");
        var force = CommonOptions.Force();
        var linkRoot = new Option<string?>("--link-root") { Description = "Path prefix of every link, e.g. /strategy/ to serve from a subfolder (default: LinkRoot from statiq.json)" };
        var host = new Option<string?>("--host") { Description = "Host name the site is published at, e.g. owner.github.io, for sitemap.xml and robots.txt (default: Host from statiq.json)" };
        var timings = new Option<bool>("--timings") { Description = "Print how long loading and each pipeline stage took" };
        var timingsJson = new Option<string?>("--timings-json") { Description = "Write load, rules and stage times, page counts and peak memory to this JSON file (for cohesion bench)", Hidden = true };
        var command = new Command("build", "Build the site from the content into the output folder") { config, content, output, force, linkRoot, host, timings, timingsJson };
        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            var ws = Workspace.Open(parse.GetValue(config), parse.GetValue(content), parse.GetValue(output), Console.Error);
            if (ws is null)
            {
                return ExitCodes.BadInput;
            }

            if (!OutputSafety.Allows(OutputSafety.Guarded(ws), ws.OutputPath, OutputKind.Site, parse.GetValue(force), Console.Error))
            {
                return ExitCodes.BadInput;
            }

            var settings = ws.Settings;
            if (parse.GetValue(linkRoot) is { } root)
            {
                if (!SiteSettings.IsValidLinkRoot(root))
                {
                    Console.Error.WriteLine($"error: --link-root '{root}' must start and end with '/' (e.g. / or /strategy/)");
                    return ExitCodes.BadInput;
                }

                settings = settings with { LinkRoot = root };
            }

            // CI knows the real address only at run time (actions/configure-pages gives it), so
            // it must be able to override statiq.json's Host, which names a placeholder.
            if (parse.GetValue(host) is { } name)
            {
                if (Uri.CheckHostName(name.Split(':')[0]) is UriHostNameType.Unknown || name.Count(c => c == ':') > 1
                    || (name.Contains(':') && !int.TryParse(name.Split(':')[1], out _)))
                {
                    Console.Error.WriteLine($"error: --host '{name}' must be a host name without scheme or path (e.g. owner.github.io or example.org:8080)");
                    return ExitCodes.BadInput;
                }

                settings = settings with { Host = name };
            }

            // Opened before the load: the page folders of every strategy folder are made on IO
            // threads while the content loads and the rules run (a failed build deletes them again).
            using var staging = OutputStaging.Begin(ws.OutputPath, ContentLoader.StrategyFolders(ws.ContentPath));
            var loadClock = Stopwatch.StartNew();
            var result = ws.Load([], Console.Error);
            var loadTime = loadClock.Elapsed;
            if (result.HasErrors || result.Content is null)
            {
                Console.Error.WriteLine($"build failed; {ws.OutputPath} left as it was");
                return ExitCodes.BadInput;
            }

            // Content that loads clean is published with its gap report; a broken rule stops the build.
            var rulesClock = Stopwatch.StartNew();
            var report = GapRules.Report(ws, result, Console.Error);
            var rulesTime = rulesClock.Elapsed;
            if (report is null)
            {
                Console.Error.WriteLine($"build failed: the gap rules could not run; {ws.OutputPath} left as it was");
                return ExitCodes.BadInput;
            }

            var request = new SiteBuildRequest
            {
                Settings = settings,
                Content = result.Content,
                Report = report,
                TemplateOverrides = settings.TemplatesPath is { } t ? Path.GetFullPath(Path.Combine(ws.Root, t)) : null,
                // One git log for every page's last-updated date (files' dates outside git).
                Updated = ContentHistory.Read(ws.ContentPath),
            };
            var siteClock = Stopwatch.StartNew();
            var built = SiteBuilder.Build(request, staging);
            var siteTime = siteClock.Elapsed;
            foreach (var e in built.Errors)
            {
                Console.Error.WriteLine($"error: {e}");
            }

            if (!built.Success)
            {
                Console.Error.WriteLine($"build failed with {built.Errors.Count} error(s); {ws.OutputPath} left as it was");
                return ExitCodes.BadInput;
            }

            if (parse.GetValue(timings))
            {
                Console.Error.WriteLine($"  load {loadTime.TotalMilliseconds:0} ms");
                Console.Error.WriteLine($"  rules {rulesTime.TotalMilliseconds:0} ms");
                foreach (var (stage, elapsed) in built.Timings)
                {
                    Console.Error.WriteLine($"  {stage} {elapsed.TotalMilliseconds:0} ms");
                }
            }

            if (parse.GetValue(timingsJson) is { } jsonPath)
            {
                Bench.BuildTimings.From(loadTime, rulesTime, built, siteTime, clock.Elapsed).Write(jsonPath);
            }

            Console.Out.WriteLine($"site written to {ws.OutputPath}: {built.Pages} pages, {built.Files} files, {built.Bytes / 1024} KiB in {clock.ElapsedMilliseconds} ms");
            return ExitCodes.Ok;
        });
        return command;
    }
}
