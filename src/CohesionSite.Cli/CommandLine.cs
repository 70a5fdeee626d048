using System.CommandLine;
using System.CommandLine.Parsing;
using CohesionSite.Cli.Commands;
using CohesionSite.Cli.Serve;
using CohesionSite.Content.Binding;

namespace CohesionSite.Cli;

/// <summary>
/// The <c>cohesion</c> command line: one convention for every command. A wrong command line is a
/// usage error (exit 2) with the nearest command or option suggested; a failure a command could not
/// foresee (a path that cannot be written, a file that vanished) is one line and exit 2, never a
/// stack trace, and never exit 1, which means "findings".
/// </summary>
public static class CommandLine
{
    /// <summary>Parses and runs <paramref name="args"/> against the <c>cohesion</c> commands; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(Root(), "cohesion", args, output, error);

    /// <summary>
    /// Parses and runs <paramref name="args"/> against <paramref name="root"/> (the tools project
    /// runs its own commands through this, so they follow the same convention); returns the exit code.
    /// </summary>
    public static int Run(RootCommand root, string name, string[] args, TextWriter output, TextWriter error)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var line in UsageErrors(parse))
            {
                error.WriteLine($"error: {line}");
            }

            error.WriteLine($"Run '{name} {string.Join(' ', CommandPath(parse.CommandResult))} --help' for usage.".Replace("  ", " ", StringComparison.Ordinal));
            return ExitCodes.BadInput;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = output, Error = error });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
    }

    /// <summary>Every command, in the order <c>--help</c> lists them.</summary>
    public static RootCommand Root() => new("CohesionSite: community cohesion strategies as YAML, checked by gap rules and published as an accessible static site")
    {
        ValidateCommand.Create(),
        ExportCommand.Create(),
        SchemaCommand.Create(),
        BuildCommand.Create(),
        CheckCommand.Create(),
        ImportCommand.Create(),
        NewCommand.Create(),
        ServeCommand.Create(),
        PackCommand.Create(),
    };

    /// <summary>The parse errors as users should read them: an unknown word with the nearest command or option, and no "required command" noise after it.</summary>
    private static IEnumerable<string> UsageErrors(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var unmatched = parse.UnmatchedTokens;
        foreach (var token in unmatched)
        {
            var candidates = token.StartsWith('-')
                ? command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name))
                : command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name);
            var what = token.StartsWith('-') ? "option" : command.Subcommands.Count > 0 ? "command" : "argument";
            var where = command is RootCommand ? string.Empty : $" for '{command.Name}'";
            yield return $"unknown {what} '{token}'{where}{Suggest.Hint(token, candidates)}";
        }

        foreach (var e in parse.Errors)
        {
            // The unknown tokens are said above, with a suggestion; the library's own lines for them add nothing.
            if (unmatched.Count > 0 && (unmatched.Any(t => e.Message.Contains($"'{t}'", StringComparison.Ordinal)) || e.Message.StartsWith("Required command", StringComparison.Ordinal)))
            {
                continue;
            }

            yield return e.Message.StartsWith("Required command", StringComparison.Ordinal)
                ? $"say which command to run: {string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))}"
                : e.Message;
        }
    }

    private static IEnumerable<string> CommandPath(CommandResult result)
    {
        var names = new Stack<string>();
        for (SymbolResult? r = result; r is CommandResult c; r = c.Parent)
        {
            if (c.Command is not RootCommand)
            {
                names.Push(c.Command.Name);
            }
        }

        return names;
    }
}
