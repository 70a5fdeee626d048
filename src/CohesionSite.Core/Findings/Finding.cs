using CohesionSite.Core.Model;

namespace CohesionSite.Core.Findings;

/// <summary>How serious a finding is. Ordered so that "at or above the fail level" is a comparison.</summary>
public enum Severity
{
    /// <summary>Worth a look.</summary>
    Info,
    /// <summary>A coverage or quality gap.</summary>
    Warning,
    /// <summary>The content is broken and must not publish.</summary>
    Error,
}

/// <summary>A finding compared with a baseline (an earlier report).</summary>
public enum BaselineState
{
    /// <summary>Not in the baseline.</summary>
    New,
    /// <summary>In the baseline and still here.</summary>
    Unchanged,
    /// <summary>In the baseline, gone now.</summary>
    Resolved,
}

/// <summary>
/// One gap found by one rule in one place: data, rendered by several writers (terminal, site,
/// JSON, SARIF, Markdown). Matched across runs by <see cref="Key"/> (rule + strategy + target),
/// never by line number.
/// </summary>
public sealed record Finding
{
    /// <summary>The rule's stable id (<c>priority-no-action</c>).</summary>
    public required string RuleId { get; init; }

    /// <summary>Severity.</summary>
    public required Severity Severity { get; init; }

    /// <summary>The strategy id (empty for national content).</summary>
    public required string Strategy { get; init; }

    /// <summary>What kind of entity the target is (written <c>action</c>, <c>priority</c>, <c>matrix-cell</c> …; see <see cref="TargetKinds.Name"/>).</summary>
    public required TargetKind TargetKind { get; init; }

    /// <summary>The target entity's id (<c>1.1.3</c>, <c>ni-1-local</c>, <c>white-paper-2006/young-people×cic-2007-principles/shared-futures</c>).</summary>
    public required string Target { get; init; }

    /// <summary>Where in the YAML.</summary>
    public required SourceMark Mark { get; init; }

    /// <summary>What is missing and how to fix it, naming the thing.</summary>
    public required string Message { get; init; }

    /// <summary>Why it matters.</summary>
    public string Rationale { get; init; } = string.Empty;

    /// <summary>
    /// The message in other languages, by language code (<c>cy</c>), for the rules that give a
    /// translation; empty otherwise. A Welsh page shows the Welsh and falls back to <see cref="Message"/>.
    /// </summary>
    public IReadOnlyDictionary<string, string> Messages { get; init; } = NoMessages;

    /// <summary>
    /// What the one gap leaves uncovered, when it covers many (a missing plan: the outcomes, principles,
    /// commitments and matrix cells it was to deliver); empty for a finding about one thing.
    /// </summary>
    public IReadOnlyList<FindingMember> Members { get; init; } = [];

    /// <summary>The waiver that accepts this gap, if any.</summary>
    public Waiver? Waiver { get; init; }

    /// <summary>True when a live waiver accepts it: shown, but not counted toward failure.</summary>
    public bool Waived => Waiver is not null;

    /// <summary>Compared with a baseline, when one was given.</summary>
    public BaselineState? BaselineState { get; init; }

    /// <summary>The identity used to match findings across runs.</summary>
    public string Key => $"{RuleId}|{Strategy}|{Target}";

    /// <summary>The empty <see cref="Messages"/>, shared by every finding without translations (most of them, at 100k findings).</summary>
    public static readonly IReadOnlyDictionary<string, string> NoMessages = new Dictionary<string, string>(StringComparer.Ordinal);
}

/// <summary>One item a finding lists as left uncovered by its gap.</summary>
public sealed record FindingMember
{
    /// <summary>What kind of entity it is (outcome, principle, commitment, matrix cell …).</summary>
    public required TargetKind TargetKind { get; init; }

    /// <summary>Its id.</summary>
    public required string Target { get; init; }

    /// <summary>A human name for it.</summary>
    public required string Title { get; init; }

    /// <summary>Where in the YAML.</summary>
    public required SourceMark Mark { get; init; }
}

/// <summary>A rule as the catalogue describes it (for reports, SARIF's driver and the site).</summary>
public sealed record RuleInfo
{
    /// <summary>Stable id.</summary>
    public required string Id { get; init; }

    /// <summary>Default severity.</summary>
    public required Severity Severity { get; init; }

    /// <summary>Group (integrity, coverage, action-quality, indicator-quality, toolkit, consistency).</summary>
    public required string Group { get; init; }

    /// <summary>Short human title.</summary>
    public required string Title { get; init; }

    /// <summary>Why it matters.</summary>
    public required string Rationale { get; init; }

    /// <summary>Which seed shows the gap.</summary>
    public string? MotivatedBy { get; init; }

    /// <summary>The rules file it came from (repository-relative).</summary>
    public string? File { get; init; }

    /// <summary>The title and rationale in other languages, by language code; empty when the rule gives none.</summary>
    public IReadOnlyDictionary<string, RuleText> Texts { get; init; } = new Dictionary<string, RuleText>(StringComparer.Ordinal);
}

/// <summary>A rule's title and rationale in one other language (its message is on each finding).</summary>
/// <param name="Title">The short title.</param>
/// <param name="Rationale">Why it matters; the rule's own when the translation gives none.</param>
public sealed record RuleText(string Title, string Rationale);

/// <summary>The gap report: the catalogue, the findings (sorted, deterministic) and the reporting date.</summary>
/// <param name="Rules">The rules that ran.</param>
/// <param name="Findings">Findings, sorted by strategy, file, line, column, rule.</param>
/// <param name="AsOf">The run's reporting date (the latest strategy's when each is judged at its own; see <see cref="GapReport.ReportingDates"/>).</param>
public sealed record GapReport(IReadOnlyList<RuleInfo> Rules, IReadOnlyList<Finding> Findings, PartialDate AsOf)
{
    /// <summary>Findings of one strategy.</summary>
    public IEnumerable<Finding> For(string strategy) => Findings.Where(f => f.Strategy == strategy);

    /// <summary>Findings of the baseline that are gone now (<see cref="BaselineState.Resolved"/>); empty without a baseline.</summary>
    public IReadOnlyList<Finding> Resolved { get; init; } = [];

    /// <summary>True when the report was compared with a baseline.</summary>
    public bool HasBaseline { get; init; }

    /// <summary>The date each strategy was judged at, by strategy id (each its own unless the run set one).</summary>
    public IReadOnlyDictionary<string, PartialDate> ReportingDates { get; init; } = new Dictionary<string, PartialDate>();

    /// <summary>The date <paramref name="strategy"/> was judged at (the report's date when not recorded).</summary>
    public PartialDate AsOfFor(string strategy) => ReportingDates.TryGetValue(strategy, out var d) ? d : AsOf;
}
