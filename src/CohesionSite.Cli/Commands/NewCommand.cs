using System.CommandLine;
using CohesionSite.Content;
using CohesionSite.Interchange.Scaffold;

namespace CohesionSite.Cli.Commands;

/// <summary><c>cohesion new strategy ID --title "…"</c>: a new strategy folder that validates as written.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var content = CommonOptions.Content();
        var id = new Argument<string>("ID") { Description = "The strategy id, which is also its folder name (e.g. walsall-2025)" };
        var title = new Option<string>("--title") { Description = "The strategy's title", Required = true };
        var partnership = new Option<string?>("--partnership") { Description = "The partnership that owns it" };
        var area = new Option<string?>("--area") { Description = "The area it covers" };
        var strategy = new Command("strategy", "Create content/ID/ with strategy, priorities, outcomes, indicators and actions files: schema lines, commented examples, the national framework references")
        {
            id, config, content, title, partnership, area,
        };
        strategy.SetAction(parse =>
        {
            var ws = WorkspaceConsole.Open(parse.GetValue(config), parse.GetValue(content), null, Console.Error);
            if (ws is null)
            {
                return ExitCodes.BadInput;
            }

            var name = parse.GetValue(id)!;
            if (!StrategyScaffold.IsValidId(name))
            {
                Console.Error.WriteLine($"error: '{name}' is not a valid strategy id; expected lower-case letters, digits, '-' and '.' (e.g. 'walsall-2025'), not 'national'");
                return ExitCodes.BadInput;
            }

            var text = parse.GetValue(title)!;
            if (string.IsNullOrWhiteSpace(text))
            {
                Console.Error.WriteLine("error: --title cannot be empty");
                return ExitCodes.BadInput;
            }

            var folder = Path.Combine(ws.ContentPath, name);
            if (Directory.Exists(folder) || File.Exists(folder))
            {
                Console.Error.WriteLine($"error: {folder} already exists; nothing was written (pick another id, or edit that folder)");
                return ExitCodes.BadInput;
            }

            // The national layer gives the framework and definition ids the new strategy can refer to.
            var national = StrategyScaffold.ReadNational(Path.Combine(ws.ContentPath, ContentLoader.NationalFolder));
            var files = StrategyScaffold.Files(name, text.Trim(), parse.GetValue(partnership), parse.GetValue(area), national);

            // Written into a hidden sibling and renamed into place, so a half-made folder never appears.
            var temp = Path.Combine(ws.ContentPath, $".{name}.new-{Environment.ProcessId}");
            Directory.CreateDirectory(temp);
            foreach (var (file, body) in files)
            {
                File.WriteAllText(Path.Combine(temp, file), body);
            }

            Directory.Move(temp, folder);
            Console.Out.WriteLine($"created {folder} ({string.Join(", ", files.Keys)}); run 'cohesion validate --strategy {name}'");
            return ExitCodes.Ok;
        });
        return new Command("new", "Create new content from a template") { strategy };
    }
}
