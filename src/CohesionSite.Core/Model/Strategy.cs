namespace CohesionSite.Core.Model;

/// <summary>Where a strategy is in its life.</summary>
public enum StrategyState
{
    /// <summary>A draft (possibly out for consultation).</summary>
    Draft,
    /// <summary>Out for consultation.</summary>
    Consultation,
    /// <summary>Adopted or approved by its body.</summary>
    Adopted,
    /// <summary>Published (a report or guidance that is not adopted as such).</summary>
    Published,
    /// <summary>Replaced or expired.</summary>
    Superseded,
}

/// <summary>A partnership's community cohesion strategy: the root of everything in one content folder.</summary>
public sealed record Strategy : IdentifiedNode
{
    /// <summary>The document's title.</summary>
    [Translatable]
    public required string Title { get; init; }

    /// <summary>A subtitle, where the document has one.</summary>
    [Translatable]
    public string? Subtitle { get; init; }

    /// <summary>The partnership that owns it (e.g. Walsall Partnership).</summary>
    [Translatable]
    public required string Partnership { get; init; }

    /// <summary>The area it covers.</summary>
    [Translatable]
    public required string Area { get; init; }

    /// <summary>What kind of document it is (strategy, report, toolkit …).</summary>
    public string? DocumentType { get; init; }

    /// <summary>The publication date as the source gives it.</summary>
    public PartialDate? Date { get; init; }

    /// <summary>The period the strategy covers.</summary>
    public Period? Period { get; init; }

    /// <summary>Status, with date and the body that decided it.</summary>
    public StrategyStatus? Status { get; init; }

    /// <summary>
    /// The date the gap report judges the strategy at ("overdue", "stale", waiver expiry); when absent,
    /// the date of its status (the day the document speaks for). <c>check --as-of</c> overrides it for a run.
    /// </summary>
    public PartialDate? ReportingDate { get; init; }

    /// <summary>The foreword.</summary>
    public Foreword? Foreword { get; init; }

    /// <summary>The vision (own or borrowed from another plan, e.g. the Sustainable Community Strategy).</summary>
    public Vision? Vision { get; init; }

    /// <summary>Further visions (e.g. a county vision and a cohesion vision).</summary>
    public IReadOnlyList<Vision> OtherVisions { get; init; } = [];

    /// <summary>The definition of community cohesion the strategy uses.</summary>
    public DefinitionUse? Definition { get; init; }

    /// <summary>Narrative sections (Markdown), in document order.</summary>
    public IReadOnlyList<Section> Sections { get; init; } = [];

    /// <summary>
    /// The languages the strategy publishes in, its own language first (Wrexham: <c>[en, cy]</c>).
    /// Empty means English only. Every further language is owed a translation in
    /// <c>translations/LANG.yaml</c>; the gap report lists the fields it still lacks.
    /// </summary>
    [Pattern(LanguageCodes.Pattern)]
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>National frameworks the strategy declares it works to.</summary>
    [Ref(RefTarget.Framework)]
    public IReadOnlyList<string> Frameworks { get; init; } = [];

    /// <summary>The partner organisations (leads, members, consultees, stakeholders).</summary>
    public IReadOnlyList<Partner> Partners { get; init; } = [];

    /// <summary>Shared values.</summary>
    public IReadOnlyList<SharedValue> Values { get; init; } = [];

    /// <summary>Principles.</summary>
    public IReadOnlyList<Principle> Principles { get; init; } = [];

    /// <summary>Aims, ambitions, responsibilities and "we recognise" statements.</summary>
    public IReadOnlyList<Statement> Statements { get; init; } = [];

    /// <summary>Declared protected characteristics or communities the strategy commits to reach.</summary>
    public IReadOnlyList<Group> Groups { get; init; } = [];

    /// <summary>A framework grid (e.g. 8 priorities × 4 principles) whose cells actions fill.</summary>
    public FrameworkMatrix? Matrix { get; init; }

    /// <summary>Counts the text states for its own lists ("eight core principles").</summary>
    public IReadOnlyList<CountClaim> CountClaims { get; init; } = [];

    /// <summary>What the red/amber/green ratings mean in this strategy.</summary>
    public IReadOnlyList<RagDefinition> RagDefinitions { get; init; } = [];

    /// <summary>The decision record of the report that put the strategy to its body (portfolio, wards, signatories …).</summary>
    public DecisionRecord? Decision { get; init; }

    /// <summary>Parts the document announces (an appendix, an evidence annex) that are not in it.</summary>
    public IReadOnlyList<MissingPart> MissingParts { get; init; } = [];

    /// <summary>Contacts for the strategy.</summary>
    public IReadOnlyList<Contact> Contacts { get; init; } = [];

    /// <summary>Accepted gaps: a finding of this rule on this target is shown as waived.</summary>
    public IReadOnlyList<Waiver> Waivers { get; init; } = [];

    /// <summary>The licence its open data is published under, when it differs from the site's (<c>DataLicence</c> in statiq.json).</summary>
    public Licence? DataLicence { get; init; }

    /// <summary>The seed document it was captured from.</summary>
    public required SourceRef Source { get; init; }
}

/// <summary>A span of time (start and end as precise as the source gives them).</summary>
public sealed record Period : Node
{
    /// <summary>Where the period comes from when the document does not state its own (e.g. the Sustainable Community Strategy's).</summary>
    [Translatable]
    public string? Note { get; init; }

    /// <summary>First year/month/day covered.</summary>
    public required PartialDate Start { get; init; }

    /// <summary>Last year/month/day covered.</summary>
    public required PartialDate End { get; init; }
}

/// <summary>A strategy's status, when it was reached, and by which body.</summary>
public sealed record StrategyStatus : Node
{
    /// <summary>The state.</summary>
    public required StrategyState State { get; init; }

    /// <summary>When.</summary>
    public PartialDate? Date { get; init; }

    /// <summary>The body (Cabinet, Partnership Board …).</summary>
    public string? Body { get; init; }

    /// <summary>Anything else the source says about it.</summary>
    [Markdown]
    [Translatable]
    public string? Note { get; init; }
}

/// <summary>A foreword with its signatory.</summary>
public sealed record Foreword : Node
{
    /// <summary>The text.</summary>
    [Markdown]
    [Translatable]
    public required string Text { get; init; }

    /// <summary>Who signed it.</summary>
    public string? Author { get; init; }

    /// <summary>The signatory's role.</summary>
    [Translatable]
    public string? Role { get; init; }

    /// <summary>Where it was captured from.</summary>
    public SourceRef? Source { get; init; }
}

/// <summary>A vision statement, possibly with a list ("… where: people get on well …").</summary>
public sealed record Vision : Node
{
    /// <summary>Its heading ("Vision for 2021").</summary>
    [Translatable]
    public string? Title { get; init; }

    /// <summary>The lead-in or whole statement.</summary>
    [Markdown]
    [Translatable]
    public required string Text { get; init; }

    /// <summary>List items of the vision, in order.</summary>
    [Translatable]
    public IReadOnlyList<string> Items { get; init; } = [];

    /// <summary>Text after the list.</summary>
    [Markdown]
    public string? After { get; init; }

    /// <summary>Where the vision is borrowed from, if not the strategy's own.</summary>
    public string? BorrowedFrom { get; init; }

    /// <summary>Where it was captured from.</summary>
    public SourceRef? Source { get; init; }
}

/// <summary>The definition a strategy uses: a national one by reference, or its own text.</summary>
public sealed record DefinitionUse : Node
{
    /// <summary>A national definition's id, when the strategy adopts one.</summary>
    [Ref(RefTarget.Definition)]
    public string? Ref { get; init; }

    /// <summary>The strategy's own wording (or its lead-in to the national one).</summary>
    [Markdown]
    [Translatable]
    public string? Text { get; init; }

    /// <summary>The strategy's own clauses, where it does not adopt a national one.</summary>
    public IReadOnlyList<string> Clauses { get; init; } = [];

    /// <summary>The clauses of the national definition as this strategy words them, where its wording differs.</summary>
    public IReadOnlyList<string> QuotedClauses { get; init; } = [];

    /// <summary>Text after the definition.</summary>
    [Markdown]
    public string? After { get; init; }

    /// <summary>Where it was captured from.</summary>
    public SourceRef? Source { get; init; }
}

/// <summary>A narrative section (Markdown), optionally with subsections.</summary>
[EntityKind(RefTarget.Section)]
public sealed record Section : IdentifiedNode
{
    /// <summary>The number the source gives the section ("3", "4.1").</summary>
    public string? Number { get; init; }

    /// <summary>The heading.</summary>
    [Translatable]
    public required string Title { get; init; }

    /// <summary>The text.</summary>
    [Markdown]
    [Translatable]
    public string? Body { get; init; }

    /// <summary>Subsections.</summary>
    public IReadOnlyList<Section> Children { get; init; } = [];

    /// <summary>Evidence tables or figures the section presents.</summary>
    [Ref(RefTarget.Evidence)]
    public IReadOnlyList<string> Evidence { get; init; } = [];

    /// <summary>Case studies the section presents.</summary>
    [Ref(RefTarget.CaseStudy)]
    public IReadOnlyList<string> Cases { get; init; } = [];

    /// <summary>Where it was captured from.</summary>
    public SourceRef? Source { get; init; }
}

/// <summary>A person to contact.</summary>
public sealed record Contact : Node
{
    /// <summary>Name.</summary>
    public required string Name { get; init; }

    /// <summary>Job title or role.</summary>
    [Translatable]
    public string? Role { get; init; }

    /// <summary>Organisation.</summary>
    public string? Organisation { get; init; }

    /// <summary>E-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>Telephone.</summary>
    public string? Phone { get; init; }
}

/// <summary>A gap the partnership has accepted, with a reason and an expiry.</summary>
public sealed record Waiver : Node
{
    /// <summary>The rule id whose finding is waived.</summary>
    public required string Rule { get; init; }

    /// <summary>The target entity id of the finding.</summary>
    public required string Target { get; init; }

    /// <summary>Why the gap is accepted.</summary>
    public required string Reason { get; init; }

    /// <summary>Who accepted it.</summary>
    public required string Owner { get; init; }

    /// <summary>When the waiver lapses.</summary>
    public PartialDate? Expires { get; init; }
}

/// <summary>A count the text states for one of its own lists, e.g. "eight core principles".</summary>
public sealed record CountClaim : Node
{
    /// <summary>
    /// Which list: <c>principles</c>, <c>values</c>, <c>groups</c>, <c>outcomes</c> (not counting the
    /// RBA result), <c>indicators</c>, <c>priorities</c> (the top level of the tree: themes where there
    /// are themes), <c>actions</c>, <c>statements/KIND</c> (e.g. <c>statements/ambition</c>),
    /// <c>toolkit/principles</c>, or <c>framework/ID</c> (a national framework the text restates).
    /// </summary>
    public required string List { get; init; }

    /// <summary>The count stated.</summary>
    public required int Stated { get; init; }

    /// <summary>The words that state it, quoted from the source.</summary>
    public required string Text { get; init; }

    /// <summary>Where it was captured from.</summary>
    public SourceRef? Source { get; init; }
}

/// <summary>What a RAG rating means in this strategy.</summary>
public sealed record RagDefinition : Node
{
    /// <summary>The rating.</summary>
    public required Rag Rag { get; init; }

    /// <summary>The meaning the source gives.</summary>
    [Translatable]
    public required string Meaning { get; init; }
}

/// <summary>The decision record of a committee report (Walsall's Cabinet report).</summary>
public sealed record DecisionRecord : Node
{
    /// <summary>The deciding body (Cabinet, Executive Board).</summary>
    public required string Body { get; init; }

    /// <summary>The meeting date.</summary>
    public PartialDate? Date { get; init; }

    /// <summary>The report's title.</summary>
    [Translatable]
    public string? Title { get; init; }

    /// <summary>Portfolio.</summary>
    public string? Portfolio { get; init; }

    /// <summary>Service.</summary>
    public string? Service { get; init; }

    /// <summary>Wards affected.</summary>
    public string? Wards { get; init; }

    /// <summary>Whether it is a key decision.</summary>
    public bool? KeyDecision { get; init; }

    /// <summary>Whether it is on the forward plan.</summary>
    public bool? ForwardPlan { get; init; }

    /// <summary>The recommendation put to the body.</summary>
    [Markdown]
    [Translatable]
    public string? Recommendation { get; init; }

    /// <summary>Who signed the report, with dates.</summary>
    public IReadOnlyList<Signatory> Signatories { get; init; } = [];
}

/// <summary>A signatory of a report.</summary>
public sealed record Signatory : Node
{
    /// <summary>Name.</summary>
    public required string Name { get; init; }

    /// <summary>Role.</summary>
    [Translatable]
    public string? Role { get; init; }

    /// <summary>Date signed.</summary>
    public PartialDate? Date { get; init; }
}

/// <summary>A part a document announces but does not contain.</summary>
public sealed record MissingPart : Node
{
    /// <summary>Its title as announced ("Appendix A: Community Cohesion LAA Action Plan").</summary>
    [Translatable]
    public required string Title { get; init; }

    /// <summary>What the document says about it.</summary>
    [Markdown]
    [Translatable]
    public string? Note { get; init; }

    /// <summary>Where it is announced.</summary>
    public SourceRef? Source { get; init; }
}
