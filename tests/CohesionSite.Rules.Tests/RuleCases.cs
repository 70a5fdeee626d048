namespace CohesionSite.Rules.Tests;

/// <summary>
/// For every rule of the catalogue: an edit of the clean fixture that opens its gap (with the
/// target the finding must name) and a near miss that must not be reported.
/// </summary>
public static class RuleCases
{
    private const string A = "demo/actions.yaml";
    private const string S = "demo/strategy.yaml";
    private const string P = "demo/priorities.yaml";
    private const string I = "demo/indicators.yaml";
    private const string O = "demo/outcomes.yaml";
    private const string T = "demo/toolkit.yaml";
    private const string Cy = "demo/translations/cy.yaml";
    private const string Area = "area: Demo\n";
    private const string Bilingual = "area: Demo\nlanguages: [en, cy]\n";

    public static readonly IReadOnlyDictionary<string, (string Target, Action<RuleFixture> Open, Action<RuleFixture> NearMiss)> All =
        new Dictionary<string, (string, Action<RuleFixture>, Action<RuleFixture>)>(StringComparer.Ordinal)
        {
            ["ref-unknown"] = ("walsal-council", f => f.Edit(A, "leads: [walsall-council]", "leads: [walsal-council]"), f => f.Edit(A, "leads: [walsall-council]", "leads: [walsall-college]")),
            ["id-duplicate"] = ("v1", f => f.Edit(S, "  - id: v1\n    title: Respect\n", "  - id: v1\n    title: Respect\n  - id: v1\n    title: Again\n"), f => f.Edit(S, "  - id: v1\n    title: Respect\n", "  - id: v1\n    title: Respect\n  - id: v2\n    title: Again\n").Edit(A, "values: [v1]", "values: [v1, v2]")),
            ["date-invalid"] = ("due", f => f.Edit(A, "due: \"2010-06\"", "due: \"2010-13\""), f => f.Edit(A, "due: \"2010-06\"", "due: \"2010-12\"")),
            ["period-order"] = ("end", f => f.Edit(S, "period: { start: \"2008\", end: \"2011\" }", "period: { start: \"2011\", end: \"2008\" }"), f => f.Edit(S, "period: { start: \"2008\", end: \"2011\" }", "period: { start: \"2008\", end: \"2008\" }").Edit(A, "due: \"2010-06\"", "due: \"2008-06\"").Edit(A, "status: in-progress", "status: complete")),
            ["strategy-no-action-plan"] = ("demo", f => f.Write(A, "plan: { state: none }\n").Edit(P, "actions: [\"1.1.1\"]", "leads: [walsall-council]").Edit(P, "commitments:", "challenges: []\n        commitmentsX:").Write(P, "priorities:\n  - id: \"1\"\n    title: People\n").Write(O, "outcomes: []\n").Edit(S, "    outcomes: [o1]\n", string.Empty).Edit(S, "matrix:\n  title: Framework\n  rows: cic-2007-principles\n  columns: white-paper-2006\n", string.Empty), f => f.Edit(A, "plan: { state: present }", "plan: { state: present, title: Plan }")),
            ["plan-missing"] = ("demo", f => f.Write(A, "plan: { state: missing, title: Appendix C }\n"), f => f.Write(A, "plan: { state: none }\n")),
            ["priority-no-action"] = ("1.2", f => f.Write(P, FixtureText.PrioritiesWithExtra("1.2")), f => f.Write(P, FixtureText.PrioritiesWithExtra("1.2")).Edit(A, "actions:\n", FixtureText.ExtraAction("1.2.1", "1.2"))),
            ["outcome-no-action"] = ("o2", f => f.Edit(O, "outcomes:\n", "outcomes:\n  - id: o2\n    title: Safer places\n    indicators: [i1]\n"), f => f.Edit(O, "outcomes:\n", "outcomes:\n  - id: o2\n    title: Safer places\n    indicators: [i1]\n").Edit(A, "outcomes: [o1]", "outcomes: [o1, o2]")),
            ["principle-not-addressed"] = ("p2", f => f.Edit(S, "values:\n", "  - id: p2\n    title: Openness\nvalues:\n"), f => f.Edit(S, "values:\n", "  - id: p2\n    title: Openness\n    outcomes: [o1]\nvalues:\n").Edit(A, "principles: [p1]", "principles: [p1]")),
            ["value-not-promoted"] = ("v2", f => f.Edit(S, "    title: Respect\n", "    title: Respect\n  - id: v2\n    title: Trust\n"), f => f.Edit(S, "    title: Respect\n", "    title: Respect\n  - id: v2\n    title: Trust\n").Edit(A, "values: [v1]", "values: [v1, v2]")),
            ["matrix-cell-empty"] = ("white-paper-2006/leadership-and-engagement\u00d7cic-2007-principles/shared-futures", f => f.Edit(A, "national: [cic-2007-principles/shared-futures, white-paper-2006/leadership-and-engagement]", "national: [cic-2007-principles/shared-futures]"), f => f.Edit(A, "national: [cic-2007-principles/shared-futures, white-paper-2006/leadership-and-engagement]", "national: [cic-2007-principles/shared-futures]").Edit(P, "    title: People\n", "    title: People\n    national: [white-paper-2006/leadership-and-engagement]\n")),
            ["commitment-no-action"] = ("1.1-c1", f => f.Edit(P, "actions: [\"1.1.1\"]", "leads: [walsall-council]"), f => f.Edit(P, "actions: [\"1.1.1\"]", "actions: [\"1.1.1\"]\n            leads: [walsall-council]")),
            ["group-no-action"] = ("older-people", f => f.Edit(A, "groups: [older-people]", "groups: []"), f => f.Edit(A, "groups: [older-people]", "groups: []").Edit(A, "national: [cic-2007-principles/shared-futures,", "national: [protected-characteristics/age, cic-2007-principles/shared-futures,")),
            ["outcome-no-indicator"] = ("o1", f => f.Edit(O, "\n    indicators: [i1]", string.Empty), f => f.Edit(O, "\n    indicators: [i1]", string.Empty).Edit(I, "    national: ni-1\n", "    national: ni-1\n    outcomes: [o1]\n")),
            ["action-no-lead"] = ("1.1.1", f => f.Edit(A, "    leads: [walsall-council]\n", string.Empty), f => f.Edit(A, "    leads: [walsall-council]\n", "    leads: [walsall-college]\n")),
            ["action-lead-unknown"] = ("1.1.1", f => f.Edit(A, "    leads: [walsall-council]\n", "    leadText: LNP officers\n"), f => f.Edit(A, "    leads: [walsall-council]\n", "    leads: [walsall-council]\n    leadText: Walsall Council with LNP officers\n")),
            ["action-no-milestone"] = ("1.1.1", f => f.Edit(A, "      - text: Meeting held\n        due: \"2010-06\"\n", string.Empty).Edit(A, "milestones:\n", "milestones: []\n"), f => f.Edit(A, "due: \"2010-06\"", "due: \"2010-07\"")),
            ["milestone-no-date"] = ("1.1.1/milestone-1", f => f.Edit(A, "        due: \"2010-06\"\n", "        dueText: ongoing\n"), f => f.Edit(A, "        due: \"2010-06\"\n", "        due: \"2010-06\"\n        dueText: end of June\n")),
            ["milestone-outside-period"] = ("1.1.1/milestone-1", f => f.Edit(A, "due: \"2010-06\"", "due: \"2012-01\""), f => f.Edit(A, "due: \"2010-06\"", "due: \"2011-12\"")),
            ["milestone-overdue"] = ("1.1.1/milestone-1", f => f.Edit(A, "due: \"2010-06\"", "due: \"2010-03\""), f => f.Edit(A, "due: \"2010-06\"", "due: \"2010-03\"").Edit(A, "status: in-progress", "status: complete")),
            ["milestone-past-at-approval"] = ("demo", f => f.Edit(S, "period:", "status: { state: draft, date: \"2010-07-02\", body: Cabinet }\nperiod:"), f => f.Edit(S, "period:", "status: { state: draft, date: \"2010-06-30\", body: Cabinet }\nperiod:")),
            ["reporting-date-outside-period"] = ("demo", f => f.Edit(S, "period: { start: \"2008\", end: \"2011\" }", "period: { start: \"2010-05\", end: \"2011\" }").Edit(A, "due: \"2010-06\"", "due: \"2010-07\""), f => f.Edit(S, "period: { start: \"2008\", end: \"2011\" }", "period: { start: \"2010-04\", end: \"2011\" }")),
            ["part-missing"] = ("missing-1", f => f.Edit(S, "countClaims:", "missingParts:\n  - title: Diagram of the funding\ncountClaims:"), f => f.Write(A, "plan: { state: missing, title: Appendix C }\n").Edit(S, "countClaims:", "missingParts:\n  - title: Appendix C\ncountClaims:")),
            ["placeholder-text"] = ("1/narrative", f => f.Edit(P, "    title: People\n", "    title: People\n    narrative: Examples are in the toolkit (add link).\n"), f => f.Edit(P, "    title: People\n", "    title: People\n    narrative: We will add links between groups, as the toolkit shows.\n")),
            ["to-be-agreed-undated"] = ("1/narrative", f => f.Edit(P, "    title: People\n", "    title: People\n    narrative: The shared values will need to be agreed by partners.\n"), f => f.Edit(P, "    title: People\n", "    title: People\n    narrative: Hate crime targets will be agreed by April 2008.\n")),
            ["action-repeats"] = ("1.1.2", f => f.Edit(A, "text: Engage with schools\n", "text: Engage with schools and colleges in the town\n").Edit(A, "actions:\n", FixtureText.ExtraAction("1.1.2", "1.1").Replace("Train leaders", "Engage with schools and colleges in the borough", StringComparison.Ordinal)), f => f.Edit(A, "text: Engage with schools\n", "text: Engage with schools and colleges in the town\n").Edit(A, "actions:\n", FixtureText.ExtraAction("1.1.2", "1.1").Replace("Train leaders", "Engage with schools and parents to plan holiday clubs", StringComparison.Ordinal))),
            ["commitment-repeats"] = ("1.1-c2", f => f.Edit(P, "text: Engage with schools\n", "text: Engage with schools and colleges in the town\n").Edit(P, "actions: [\"1.1.1\"]", "actions: [\"1.1.1\"]\n          - id: 1.1-c2\n            text: Engage with schools and colleges in the borough"), f => f.Edit(P, "text: Engage with schools\n", "text: Engage with schools and colleges in the town\n").Edit(P, "actions: [\"1.1.1\"]", "actions: [\"1.1.1\"]\n          - id: 1.1-c2\n            text: Engage with schools and colleges in the borough\n            actions: [\"1.1.1\"]")),
            ["action-no-outcome"] = ("1.1.1", f => f.Edit(A, "    outcome: Schools promote cohesion\n", string.Empty).Edit(A, "outcomes: [o1]", "outcomes: []").Edit(S, "    outcomes: [o1]\n", string.Empty).Edit(P, "    title: People\n", "    title: People\n    outcomes: [o1]\n"), f => f.Edit(A, "    outcome: Schools promote cohesion\n", string.Empty)),
            ["action-rag-red"] = ("1.1.1", f => f.Edit(A, "rag: green", "rag: red"), f => f.Edit(A, "rag: green", "rag: amber")),
            ["action-rag-amber"] = ("1.1.1", f => f.Edit(A, "rag: green", "rag: amber"), f => f.Edit(A, "rag: green", "rag: red")),
            ["indicator-no-baseline"] = ("i1", f => f.Edit(I, "baseline: { period: \"2008\", value: 50 }", "baseline: { period: \"2008\", toBeDetermined: true, text: To be determined }"), f => f.Edit(I, "baseline: { period: \"2008\", value: 50 }", "baseline: { period: \"2008\", text: about half }")),
            ["indicator-no-target"] = ("i1", f => f.Edit(I, "  - { period: \"2010\", value: 60 }", "  - { period: \"2010\", toBeDetermined: true }"), f => f.Edit(I, "  - { period: \"2010\", value: 60 }", "  - { period: \"2010\", value: 60 }\n      - { period: \"2011\", toBeDetermined: true }")),
            ["indicator-target-direction"] = ("i1", f => f.Edit(I, "value: 60 }", "value: 45 }").Edit(I, "value: 55 }", "value: 44 }"), f => f.Edit(I, "value: 60 }", "value: 50 }").Edit(I, "value: 55 }", "value: 50 }")),
            ["indicator-no-owner"] = ("i1", f => f.Edit(I, "    owner: Demo Council\n", string.Empty), f => f.Edit(I, "    owner: Demo Council\n", "    ownerPartners: [walsall-council]\n")),
            ["indicator-stale"] = ("i1", f => f.Edit(I, "period: \"2009\", value: 55", "period: \"2006\", value: 55").Edit(I, "period: \"2008\", value: 50", "period: \"2005\", value: 50"), f => f.Edit(I, "period: \"2009\", value: 55", "period: \"2006/07\", value: 55").Edit(I, "period: \"2008\", value: 50", "period: \"2005\", value: 50")),
            ["indicator-off-track"] = ("i1", f => f.Edit(I, "value: 55 }", "value: 54 }"), f => f.Edit(I, "value: 55 }", "value: 56 }")),
            ["toolkit-principle-no-questions"] = ("tp1", f => f.Edit(T, "    questions:\n      - text: Who is left out?\n", string.Empty), f => f.Edit(T, "      - text: Who is left out?\n", "      - text: Who is left out?\n        guidance: Look at the data\n")),
            ["toolkit-principle-no-actions"] = ("tp1", f => f.Edit(T, "\n    actions:\n      - Ask them", string.Empty), f => f.Edit(T, "      - Ask them", "      - Ask them\n      - Act")),
            ["count-mismatch"] = ("count-principles", f => f.Edit(S, "stated: 1", "stated: 2"), f => f.Edit(S, "list: principles", "list: values")),
            ["title-inconsistent"] = ("1.1", f => f.Edit(P, "title: \"Building Mutual Respect\"", "title: \"Respecting each other\""), f => f.Edit(P, "title: \"Building Mutual Respect\"", "title: \"Building  mutual respect.\"")),
            ["body-named-several-ways"] = ("walsall-council", f => f.Edit(S, "    name: Walsall Council\n", "    name: Walsall Council\n    aliases: [Walsall Borough Council]\n"), f => f.Edit(S, "    name: Walsall Council\n", "    name: Walsall Council\n    aliases: [Walsall MBC, walsall Council]\n")),
            ["priorities-not-measured"] = ("demo", f => f.Edit(I, "    priorities: [\"1\"]\n", string.Empty), f => f.Edit(I, "    priorities: [\"1\"]\n", string.Empty).Edit(O, "    indicators: [i1]", "    indicators: [i1]\n    priorities: [\"1.1\"]")),
            ["priority-no-indicator"] = ("2", f => f.Edit(P, "priorities:\n", "priorities:\n  - id: \"2\"\n    kind: theme\n    title: Places\n"), f => f.Edit(P, "priorities:\n", "priorities:\n  - id: \"2\"\n    kind: theme\n    title: Places\n").Edit(I, "    priorities: [\"1\"]\n", "    priorities: [\"1\", \"2\"]\n")),
            ["translation-missing"] = ("cy", f => f.Edit(S, Area, Bilingual), f => f.Edit(S, Area, Bilingual).Write(Cy, FixtureText.FullWelsh)),
            ["translation-stale"] = ("cy", f => f.Edit(S, Area, Bilingual).Write(Cy, FixtureText.Welsh(("strategy/title", "Strategaeth enghreifftiol", "Old demo strategy"))), f => f.Edit(S, Area, Bilingual).Write(Cy, FixtureText.Welsh(("strategy/title", "Strategaeth enghreifftiol", "Demo  strategy")))),
            ["translation-undeclared"] = ("cy", f => f.Write(Cy, FixtureText.Welsh(("strategy/title", "Strategaeth enghreifftiol", null))), f => f.Edit(S, Area, Bilingual).Write(Cy, FixtureText.Welsh(("strategy/title", "Strategaeth enghreifftiol", null)))),
            ["translation-unknown-field"] = ("cy/strategy/titel", f => f.Edit(S, Area, Bilingual).Write(Cy, FixtureText.Welsh(("strategy/titel", "Strategaeth enghreifftiol", null))), f => f.Edit(S, Area, Bilingual).Write(Cy, FixtureText.Welsh(("strategy/title", "Strategaeth enghreifftiol", null)))),
            ["translation-repeated"] = ("cy/strategy/title", f => f.Edit(S, Area, Bilingual).Write(Cy, FixtureText.Welsh(("strategy/title", "Strategaeth enghreifftiol", null), ("strategy/title", "Strategaeth arall", null))), f => f.Edit(S, Area, Bilingual).Write(Cy, FixtureText.Welsh(("strategy/title", "Strategaeth enghreifftiol", null), ("value/v1/title", "Parch", null)))),
            ["waiver-expired"] = ("action-rag-red/1.1.1", f => f.Edit(A, "rag: green", "rag: red").Edit(S, "countClaims:", FixtureText.Waiver("action-rag-red", "1.1.1", "2010-01") + "countClaims:"), f => f.Edit(A, "rag: green", "rag: red").Edit(S, "countClaims:", FixtureText.Waiver("action-rag-red", "1.1.1", "2010-04") + "countClaims:")),
            ["waiver-unused"] = ("action-rag-red/1.1.2", f => f.Edit(A, "rag: green", "rag: red").Edit(S, "countClaims:", FixtureText.Waiver("action-rag-red", "1.1.2", "2011") + "countClaims:"), f => f.Edit(A, "rag: green", "rag: red").Edit(S, "countClaims:", FixtureText.Waiver("action-rag-red", "1.1.1", "2011") + "countClaims:")),
        };

    public static IEnumerable<object[]> Ids() => All.Keys.Order(StringComparer.Ordinal).Select(k => new object[] { k });
}

/// <summary>Fixture text too long to write inline in the case table.</summary>
internal static class FixtureText
{
    /// <summary>A Welsh translation file of the given fields (field, text, the English it was made from).</summary>
    public static string Welsh(params (string Field, string Text, string? From)[] texts) =>
        "language: cy\ntexts:\n" + string.Concat(texts.Select(t =>
            $"  - field: {t.Field}\n    text: \"{t.Text}\"\n" + (t.From is null ? string.Empty : $"    from: {t.From}\n")));

    /// <summary>Every translatable field of the fixture in (placeholder) Welsh.</summary>
    public static string FullWelsh => Welsh(FixtureFields.Select(k => (k, "Cymraeg: " + k, (string?)null)).ToArray());

    // The fixture's translatable fields, as TranslatableFields walks them.
    private static readonly string[] FixtureFields =
    [
        "action/1.1.1/text",
        "action/1.1.1/milestones/1/text",
        "indicator/i1/title",
        "outcome/o1/title",
        "priority/1/title",
        "priority/1.1/title",
        "commitment/1.1-c1/text",
        "strategy/title",
        "strategy/partnership",
        "strategy/area",
        "principle/p1/title",
        "value/v1/title",
        "group/older-people/title",
        "strategy/matrix/title",
        "toolkit/title",
        "toolkit-principle/tp1/title",
        "toolkit-principle/tp1/questions/1/text",
    ];

    public static string Waiver(string rule, string target, string expires) =>
        $"waivers:\n  - rule: {rule}\n    target: \"{target}\"\n    reason: Agreed with the board\n    owner: Demo Partnership\n    expires: \"{expires}\"\n";

    public static string PrioritiesWithExtra(string id) => $$"""
        priorities:
          - id: "1"
            kind: theme
            title: People
            children:
              - id: "1.1"
                number: "1.1"
                title: Building mutual respect
                commitments:
                  - id: 1.1-c1
                    text: Engage with schools
                    actions: ["1.1.1"]
              - id: "{{id}}"
                number: "{{id}}"
                title: Developing leadership
        """;

    public static string ExtraAction(string id, string priority) => $"""
        actions:
          - id: "{id}"
            text: Train leaders
            priority: "{priority}"
            milestones:
              - text: Course run
                due: "2010-09"
            leads: [walsall-college]
            outcome: More leaders
            status: in-progress

        """.Replace("\n", "\n", StringComparison.Ordinal);
}
