using System.Text.RegularExpressions;
using CohesionSite.Content.Binding;
using CohesionSite.Content.Yaml;
using CohesionSite.Core.Diagnostics;
using CohesionSite.Core.Model;
using CohesionSite.Interchange.Import;
using CohesionSite.Interchange.Yaml;

namespace CohesionSite.Interchange.Scaffold;

/// <summary>
/// The files of a new strategy folder: each starts with its schema line, holds only what is
/// known (id, title, partnership, area, the national frameworks and definition it can refer to)
/// and shows the rest as commented examples, so the folder validates as written and an editor
/// fills it in by uncommenting.
/// </summary>
public static class StrategyScaffold
{
    /// <summary>True when <paramref name="id"/> is a valid strategy id (the id pattern, and not the national folder).</summary>
    public static bool IsValidId(string id) =>
        id != "national" && Regex.IsMatch(id, Ids.Pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// The national layer's ids, read on their own: a broken strategy elsewhere in the content must
    /// not stop a new one being created. Unreadable files are skipped (validate reports them).
    /// </summary>
    public static NationalSet ReadNational(string folder)
    {
        var files = !Directory.Exists(folder) ? [] : Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var diagnostics = new List<Diagnostic>();
                var root = YamlFileReader.Read(path, Path.GetFileName(path), YamlLimits.Default, diagnostics);
                return root is null ? null : new NodeBinder(path, diagnostics, YamlLimits.Default).BindRoot<NationalFile>(root);
            })
            .OfType<NationalFile>()
            .ToArray();
        return new NationalSet(
            files.SelectMany(f => f.Definitions).ToArray(),
            files.SelectMany(f => f.Frameworks).ToArray(),
            files.SelectMany(f => f.Indicators).ToArray());
    }

    /// <summary>File name → text for a strategy <paramref name="id"/>.</summary>
    public static IReadOnlyDictionary<string, string> Files(string id, string title, string? partnership, string? area, NationalSet national) =>
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["strategy.yaml"] = Strategy(id, title, partnership, area, national),
            ["priorities.yaml"] = Priorities(),
            ["outcomes.yaml"] = Outcomes(),
            ["indicators.yaml"] = Indicators(national),
            ["actions.yaml"] = Actions(),
        };

    private static string Strategy(string id, string title, string? partnership, string? area, NationalSet national)
    {
        var frameworks = national.Frameworks.Count == 0
            ? "frameworks: []\n"
            : "frameworks:\n" + string.Concat(national.Frameworks.Select(f => $"  - {f.Id}  # {OneLine(f.Title)}\n"));
        var definition = national.Definitions.FirstOrDefault() is { } d
            ? $"""
              # The definition of community cohesion it uses: a national one by id (content/national/definitions.yaml),
              # or its own words (definition: {"{"} text: "…", clauses: [ … ] {"}"}).
              definition:
                ref: {d.Id}

              """
            : string.Empty;
        return $"""
            {PlanImport.SchemaLine("strategy")}
            # The strategy: who owns it, what it covers, what it stands on. Write only what the document
            # says; leave the rest out (the gap report lists what is missing). Guide: docs/content-format.md
            id: {id}
            title: {YamlEmitter.Text(title)}
            partnership: {YamlEmitter.Text(partnership ?? "Partnership name (to fill in)")}
            area: {YamlEmitter.Text(area ?? "Area covered (to fill in)")}
            # period:
            #   start: "2025"
            #   end: "2028"
            # status:
            #   state: draft        # draft, consultation, adopted, published, superseded
            #   date: "2025-03"
            #   body: Partnership Board
            # vision:
            #   text: A place where people from different backgrounds get on well together.
            {definition}# The national frameworks it works to (content/national/frameworks.yaml); remove those it does not.
            # Actions and priorities point at their items as framework-id/item-id.
            {frameworks}# Partner organisations: every lead and partner id in actions.yaml must be one of these.
            partners: []
            # partners:
            #   - id: example-council
            #     name: Example Council
            #     sector: council   # council, police, health, education, housing, voluntary, faith, business, partnership, fire, government, other
            # values:
            #   - id: respect
            #     title: Respect
            # principles:
            #   - id: fairness
            #     title: Fairness
            # Where the content comes from: the seed document under seeds/ and the section.
            source:
              section: Whole document
            #  seed: my-strategy-2025.txt

            """;
    }

    private static string Priorities() => $"""
        {PlanImport.SchemaLine("priorities")}
        # The themes → priorities / objectives tree, numbered as in the document.
        priorities: []
        # priorities:
        #   - id: "1"
        #     kind: theme          # theme, priority, objective
        #     title: People
        #     children:
        #       - id: "1.1"
        #         title: Building mutual respect
        #         commitments:     # the promises the text makes ("Actions are:")
        #           - id: c-1-1-a
        #             text: Engage with schools on community cohesion
        #             actions: ["1.1.1"]

        """;

    private static string Outcomes() => $"""
        {PlanImport.SchemaLine("outcomes")}
        # Outcomes (Results Based Accountability): the result, and what success will look like.
        outcomes: []
        # outcomes:
        #   - id: outcome-1
        #     number: "1"
        #     title: People from different backgrounds get on well together
        #     indicators: [getting-on-well]

        """;

    private static string Indicators(NationalSet national) => $"""
        {PlanImport.SchemaLine("indicators")}
        # Indicators with baseline, targets and measurements. Edit them here or in a spreadsheet:
        #   cohesion export --format xlsx --strategy ID   then   cohesion import ID.xlsx --strategy ID
        indicators: []
        # indicators:
        #   - id: getting-on-well
        #     national: {national.Indicators.FirstOrDefault()?.Id ?? "ni-1"}
        #     title: People from different backgrounds who get on well together in their local area
        #     unit: percent
        #     direction: higher    # higher, lower
        #     baseline: {"{"} period: 2024/25, value: 74 {"}"}   # or {"{"} toBeDetermined: true {"}"}
        #     targets:
        #       - {"{"} period: 2026/27, value: 78 {"}"}

        """;

    private static string Actions() => $"""
        {PlanImport.SchemaLine("actions")}
        # The action plan: who does what by when. Until it is agreed, say so (state: to-be-agreed);
        # when it is, set state: present and list the actions (or import them from a spreadsheet).
        plan:
          state: to-be-agreed    # present, none, missing, to-be-agreed
        actions: []
        # actions:
        #   - id: 1.1.1
        #     text: Engage with schools on community cohesion
        #     priority: "1.1"
        #     milestones:
        #       - text: All schools attend a briefing
        #         due: "2025-11"
        #     leads: [example-council]
        #     status: not-started  # not-started, in-progress, complete
        #     rag: green           # green, amber, red

        """;

    private static string OneLine(string text) => Regex.Replace(text, "\\s+", " ", RegexOptions.None, TimeSpan.FromSeconds(1)).Trim();
}
