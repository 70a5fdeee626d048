using System.Globalization;
using System.Text;

namespace CohesionSite.Tools.Synthetic;

/// <summary>
/// Writes valid synthetic content for the benchmark: N strategies of M actions each, shaped like the
/// seeds (themes → priorities, outcomes, indicators, partners, milestones), with a realistic share
/// of gaps (missing leads, undated milestones, red/amber ratings, uncovered priorities, TBD baselines).
/// The same seed gives the same files.
/// </summary>
internal static class ContentGenerator
{
    private const int Themes = 3;
    private const int PrioritiesPerTheme = 4;

    /// <summary>Indicators in each generated strategy (each has a page of its own).</summary>
    public const int IndicatorsPerStrategy = 5;

    public static void Write(string contentRoot, int strategies, int actionsPerStrategy, int seed)
    {
        Directory.CreateDirectory(Path.Combine(contentRoot, "national"));
        File.WriteAllText(Path.Combine(contentRoot, "national", "frameworks.yaml"), National);
        Parallel.For(0, strategies, s =>
        {
            var id = $"synthetic-{s + 1:D4}";
            var folder = Path.Combine(contentRoot, id);
            Directory.CreateDirectory(folder);
            var random = new Random(seed * 7919 + s);

            // The last priority of each theme gets no actions in a tenth of strategies (uncovered priorities);
            // decided once so commitments never name an action the plan does not have.
            var skipLast = random.Next(10) == 0;
            File.WriteAllText(Path.Combine(folder, "strategy.yaml"), Strategy(id, s, random));
            File.WriteAllText(Path.Combine(folder, "priorities.yaml"), Priorities(random, actionsPerStrategy, skipLast));
            File.WriteAllText(Path.Combine(folder, "outcomes.yaml"), Outcomes(random));
            File.WriteAllText(Path.Combine(folder, "indicators.yaml"), Indicators(random));
            File.WriteAllText(Path.Combine(folder, "actions.yaml"), Actions(random, actionsPerStrategy, skipLast));
        });
    }

    private const string National = """
        # yaml-language-server: $schema=../../schemas/national.schema.json
        frameworks:
          - id: white-paper-2006
            title: Eight priorities
            kind: priorities
            items:
              - { id: shared-futures, title: Shared futures }
              - { id: young-people, title: Young people }
          - id: cic-2007-principles
            title: CIC principles
            kind: principles
            items:
              - { id: shared-future, title: A shared future }
              - { id: rights-and-responsibilities, title: Rights and responsibilities }
          - id: protected-characteristics
            title: Protected characteristics
            items:
              - { id: age, title: Age }
              - { id: disability, title: Disability }
        definitions:
          - { id: cic-2007, title: CIC 2007 definition }
        indicators:
          - { id: ni-1, code: NI 1, title: People who get on well together, direction: higher }

        """;

    private static string Strategy(string id, int index, Random random)
    {
        var sb = new StringBuilder();
        sb.Append("# yaml-language-server: $schema=../../schemas/strategy.schema.json\n");
        sb.Append(CultureInfo.InvariantCulture, $"id: {id}\ntitle: Synthetic strategy {index + 1}\npartnership: Partnership {index + 1}\narea: Area {index + 1}\n");
        sb.Append("period: { start: \"2008\", end: \"2011\" }\nsource: { seed: synthetic }\n");
        sb.Append("status: { state: adopted, date: \"2008-06\", body: Partnership Board }\n");
        sb.Append("foreword:\n  text: |-\n    ").Append(Prose.Paragraph(random, 5)).Append("\n\n    ").Append(Prose.Paragraph(random, 4)).Append('\n');
        sb.Append("vision:\n  title: Our vision\n  text: ").Append(Prose.Sentence(random)).Append("\n  items:\n");
        for (var v = 0; v < 4; v++)
        {
            sb.Append("    - ").Append(Prose.Phrase(random)).Append('\n');
        }

        sb.Append("sections:\n  - id: background\n    number: \"1\"\n    title: Background\n    body: |-\n      ").Append(Prose.Paragraph(random, 6)).Append("\n\n      ").Append(Prose.Paragraph(random, 6)).Append('\n');
        sb.Append("partners:\n");
        for (var p = 1; p <= 10; p++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  - {{ id: partner-{p}, name: Partner {p} }}\n");
        }

        sb.Append("principles:\n");
        for (var p = 1; p <= 4; p++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  - {{ id: principle-{p}, title: Principle {p}, text: {Prose.Sentence(random)}{(p == 1 ? ", outcomes: [outcome-1]" : string.Empty)} }}\n");
        }

        sb.Append("values:\n  - { id: value-1, title: Respect }\n  - { id: value-2, title: Trust }\n  - { id: value-3, title: Fairness }\n");
        sb.Append("groups:\n  - { id: older-people, title: Older people, ref: protected-characteristics/age }\n  - { id: disabled-people, title: Disabled people, ref: protected-characteristics/disability }\n");
        sb.Append("matrix: { title: Framework, rows: cic-2007-principles, columns: white-paper-2006 }\n");
        sb.Append("countClaims:\n  - { list: principles, stated: 4, text: our four principles }\n  - { list: values, stated: 4, text: four shared values }\n");
        return sb.ToString();
    }

    private static string Priorities(Random random, int actions, bool skipLast)
    {
        var sb = new StringBuilder("# yaml-language-server: $schema=../../schemas/priorities.schema.json\npriorities:\n");
        for (var t = 1; t <= Themes; t++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  - id: \"{t}\"\n    kind: theme\n    title: Theme {t}\n    national: [white-paper-2006/{(t == 1 ? "shared-futures" : "young-people")}]\n    children:\n");
            for (var p = 1; p <= PrioritiesPerTheme; p++)
            {
                sb.Append(CultureInfo.InvariantCulture, $"      - id: \"{t}.{p}\"\n        number: \"{t}.{p}\"\n        title: {Prose.Phrase(random)}\n        narrative: |-\n          {Prose.Paragraph(random, 4)}\n");
                if (random.Next(10) == 0)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"        variants:\n          - {{ place: contents, title: Priority {t}.{p} in short }}\n");
                }

                sb.Append(CultureInfo.InvariantCulture, $"        commitments:\n          - id: c-{t}-{p}\n            text: We will deliver priority {t}.{p}\n");
                // A priority has an action t.p.1 only when the plan reaches its slot and does not skip it.
                var slot = ((t - 1) * PrioritiesPerTheme) + p - 1;
                var hasAction = actions > slot && !(skipLast && p == PrioritiesPerTheme);
                if (hasAction && random.Next(5) != 0)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"            actions: [\"{t}.{p}.1\"]\n");
                }
            }
        }

        return sb.ToString();
    }

    private static string Outcomes(Random random)
    {
        // Outcomes 5 and 6 have no indicator and outcome 6 no action: coverage gaps for the rules.
        var sb = new StringBuilder("# yaml-language-server: $schema=../../schemas/outcomes.schema.json\noutcomes:\n");
        for (var o = 1; o <= 6; o++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  - id: outcome-{o}\n    number: \"{o}\"\n    title: {Prose.Phrase(random)}\n    text: {Prose.Paragraph(random, 2)}\n    measures:\n      - {Prose.Sentence(random)}\n      - {Prose.Sentence(random)}\n{(o <= 4 ? $"    indicators: [indicator-{o}]\n" : string.Empty)}");
        }

        return sb.ToString();
    }

    private static string Indicators(Random random)
    {
        var sb = new StringBuilder("# yaml-language-server: $schema=../../schemas/indicators.schema.json\nindicators:\n");
        for (var i = 1; i <= IndicatorsPerStrategy; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  - id: indicator-{i}\n    code: LI {i}\n    title: Percentage of people who agree that {Prose.Phrase(random).ToLowerInvariant()}\n    category: {(i % 2 == 0 ? "Perception" : "Participation")}\n    unit: \"%\"\n    survey: Place Survey\n    direction: higher\n");
            if (random.Next(4) != 0)
            {
                sb.Append("    owner: Partner 1\n");
            }

            if (random.Next(4) == 0)
            {
                sb.Append("    baseline: { period: 2007/08, toBeDetermined: true, text: To be determined }\n");
                continue;
            }

            var baseline = 40 + random.Next(30);
            sb.Append(CultureInfo.InvariantCulture, $"    baseline: {{ period: 2007/08, value: {baseline} }}\n    targets:\n      - {{ period: 2010/11, value: {baseline + random.Next(-2, 10)} }}\n");
            // A fifth of indicators were last measured long ago (stale); the rest have a recent series by area.
            var years = random.Next(5) == 0 ? new[] { 2005 } : new[] { 2008, 2009 };
            sb.Append("    measurements:\n");
            foreach (var year in years)
            {
                sb.Append(CultureInfo.InvariantCulture, $"      - {{ period: {year}/{(year + 1) % 100:D2}, value: {baseline + random.Next(-3, 6)} }}\n");
                sb.Append(CultureInfo.InvariantCulture, $"      - {{ period: {year}/{(year + 1) % 100:D2}, area: England, value: {50 + random.Next(10)} }}\n");
            }
        }

        return sb.ToString();
    }

    private static string Actions(Random random, int count, bool skipLast)
    {
        var sb = new StringBuilder(count * 420);
        sb.Append("# yaml-language-server: $schema=../../schemas/actions.schema.json\nplan: { state: present }\nactions:\n");

        var perPriority = new int[Themes * PrioritiesPerTheme];
        for (var a = 0; a < count; a++)
        {
            var slot = a % perPriority.Length;
            if (skipLast && slot % PrioritiesPerTheme == PrioritiesPerTheme - 1)
            {
                slot--;
            }

            var theme = (slot / PrioritiesPerTheme) + 1;
            var priority = (slot % PrioritiesPerTheme) + 1;
            var n = ++perPriority[slot];
            sb.Append(CultureInfo.InvariantCulture, $"  - id: \"{theme}.{priority}.{n}\"\n    text: {Prose.Sentence(random)} {Prose.Sentence(random)}\n    priority: \"{theme}.{priority}\"\n");
            if (random.Next(20) != 0)
            {
                sb.Append("    milestones:\n");
                for (var m = random.Next(1, 4); m > 0; m--)
                {
                    sb.Append(random.Next(8) == 0
                        ? "      - text: Ongoing review\n        dueText: ongoing\n"
                        : $"      - text: {Prose.Phrase(random)}\n        due: \"{2008 + random.Next(4)}-{random.Next(1, 13):D2}\"\n");
                }
            }

            if (random.Next(10) != 0)
            {
                sb.Append(CultureInfo.InvariantCulture, $"    leads: [partner-{random.Next(1, 11)}]\n");
            }

            if (random.Next(6) != 0)
            {
                sb.Append("    outcome: Better relations between groups\n");
            }

            sb.Append(CultureInfo.InvariantCulture, $"    outcomes: [outcome-{random.Next(1, 6)}]\n    principles: [principle-{random.Next(1, 4)}]\n    values: [value-{random.Next(1, 3)}]\n");
            sb.Append(CultureInfo.InvariantCulture, $"    national: [cic-2007-principles/{(random.Next(2) == 0 ? "shared-future" : "rights-and-responsibilities")}]\n");
            if (random.Next(3) == 0)
            {
                sb.Append("    groups: [older-people]\n");
            }

            var r = random.Next(100);
            sb.Append(r < 3 ? "    status: in-progress\n    rag: red\n" : r < 10 ? "    status: in-progress\n    rag: amber\n" : r < 40 ? "    status: complete\n    rag: green\n" : string.Empty);
            if (r < 40)
            {
                sb.Append(CultureInfo.InvariantCulture, $"    progress:\n      - {{ date: \"2009-{random.Next(1, 13):D2}\", text: {Prose.Sentence(random)} }}\n");
            }
        }

        return sb.ToString();
    }
}
