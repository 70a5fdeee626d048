using System.Runtime.CompilerServices;
using CohesionSite.Analysis.Status;
using CohesionSite.Core.Model;

namespace CohesionSite.Analysis;

/// <summary>
/// What one strategy's immutable model means, worked out once: the effective tags of every action
/// and commitment, what covers each priority, outcome, principle, value, group and framework-matrix
/// cell, and each indicator's effective direction. The rule facts, the site's pages and its data
/// exports all read this one object, so they cannot disagree.
/// </summary>
public sealed class StrategyAnalysis
{
    // The model is immutable, so one analysis per loaded strategy is safe to share between hosts
    // (check, then build, in one process); it goes when the strategy is collected.
    private static readonly ConditionalWeakTable<StrategyContent, StrategyAnalysis> Cache = new();

    private readonly Dictionary<ActionItem, ItemTags> _actionTags;
    private readonly Dictionary<Commitment, ItemTags> _commitmentTags;
    private readonly Lazy<StrategyCoverage> _coverage;
    private readonly Lazy<MatrixCoverage?> _matrix;
    private readonly Lazy<IndicatorMeasures> _measures;
    private readonly Lazy<StrategyTranslations> _translations;
    private readonly Lazy<NationalTagIndex> _nationalTags;

    private StrategyAnalysis(StrategyContent content, NationalSet national)
    {
        Content = content;
        National = national;
        var paths = new PriorityPaths(content);
        var principles = content.Strategy.Principles;
        _actionTags = new Dictionary<ActionItem, ItemTags>(content.Actions.Count, ReferenceEqualityComparer.Instance);
        foreach (var a in content.Actions)
        {
            _actionTags.TryAdd(a, TagsOfAction(a, paths, principles, content));
        }

        _commitmentTags = new Dictionary<Commitment, ItemTags>(ReferenceEqualityComparer.Instance);
        foreach (var (priority, c) in content.Commitments)
        {
            var items = new List<string>(c.National);
            PriorityPaths.AddNew(items, paths.NationalOf(priority.Id));
            _commitmentTags.TryAdd(c, new ItemTags(paths.PathOf(priority.Id), [], [], [], [], items.ToArray()));
        }

        _coverage = new Lazy<StrategyCoverage>(() => new StrategyCoverage(this));
        _matrix = new Lazy<MatrixCoverage?>(() => MatrixCoverage.Of(this));
        _measures = new Lazy<IndicatorMeasures>(() => new IndicatorMeasures(content, paths));
        _translations = new Lazy<StrategyTranslations>(() => StrategyTranslations.Of(content));
        _nationalTags = new Lazy<NationalTagIndex>(() => new NationalTagIndex(content, this));
    }

    /// <summary>The strategy analysed.</summary>
    public StrategyContent Content { get; }

    /// <summary>The national layer it was analysed against.</summary>
    public NationalSet National { get; }

    /// <summary>What covers each priority, outcome, principle, value and group (worked out on first use).</summary>
    public StrategyCoverage Coverage => _coverage.Value;

    /// <summary>The framework matrix with what fills each cell, or null when the strategy declares none (or names an unknown framework).</summary>
    public MatrixCoverage? Matrix => _matrix.Value;

    /// <summary>Which priorities and outcomes each indicator measures (worked out on first use).</summary>
    public IndicatorMeasures Measures => _measures.Value;

    /// <summary>How far the strategy is translated into each further language (worked out on first use).</summary>
    public StrategyTranslations Translations => _translations.Value;

    /// <summary>The analysis of <paramref name="content"/> against <paramref name="national"/>: made once, then shared.</summary>
    public static StrategyAnalysis Of(StrategyContent content, NationalSet national)
    {
        if (Cache.TryGetValue(content, out var cached) && ReferenceEquals(cached.National, national))
        {
            return cached;
        }

        var made = new StrategyAnalysis(content, national);
        Cache.AddOrUpdate(content, made);
        return made;
    }

    /// <summary>The effective tags of one of the strategy's actions (none for an action not in it).</summary>
    public ItemTags TagsOf(ActionItem action) => _actionTags.GetValueOrDefault(action) ?? ItemTags.None;

    /// <summary>The effective tags of one of the strategy's commitments: its own national items and its priority path's.</summary>
    public ItemTags TagsOf(Commitment commitment) => _commitmentTags.GetValueOrDefault(commitment) ?? ItemTags.None;

    /// <summary>The commitments and actions whose effective tags hold the national item <paramref name="reference"/> (<c>framework/item</c>), in content order.</summary>
    public NationalTagged TaggedWith(string reference) => _nationalTags.Value.Tagged(reference);

    /// <summary>
    /// The direction the indicator is judged in: its own when the strategy states one, else that of
    /// the national indicator it reports (Northamptonshire's NI entries state none themselves).
    /// </summary>
    public IndicatorDirection DirectionOf(Indicator indicator) => IndicatorDirection.Of(indicator, National);

    /// <summary>How the strategy is doing at <paramref name="asOf"/> (its reporting date): indicators, actions and milestones by state.</summary>
    public ReportingStatus StatusAt(PartialDate asOf) => ReportingStatus.Of(Content, asOf);

    private static ItemTags TagsOfAction(ActionItem a, PriorityPaths paths, IReadOnlyList<Principle> principles, StrategyContent content)
    {
        var outcomes = new List<string>(a.Outcomes);
        PriorityPaths.AddNew(outcomes, paths.OutcomesOf(a.Priority));
        var addressed = new List<string>(a.Principles);
        // Loops, not LINQ: this runs once per action (100k on large content).
        foreach (var p in principles)
        {
            if (AnyIn(p.Outcomes, outcomes) && !addressed.Contains(p.Id, StringComparer.Ordinal))
            {
                addressed.Add(p.Id);
            }
        }

        var national = new List<string>(a.National);
        PriorityPaths.AddNew(national, paths.NationalOf(a.Priority));
        foreach (var id in addressed)
        {
            if (content.PrincipleById.TryGetValue(id, out var principle))
            {
                PriorityPaths.AddNew(national, principle.National);
            }
        }

        return new ItemTags(paths.PathOf(a.Priority), outcomes.ToArray(), addressed.ToArray(), Distinct(a.Values), Distinct(a.Groups), national.ToArray());
    }

    private static bool AnyIn(IReadOnlyList<string> items, List<string> set)
    {
        foreach (var item in items)
        {
            if (set.Contains(item))
            {
                return true;
            }
        }

        return false;
    }

    private static string[] Distinct(IReadOnlyList<string> items) => items.Count switch
    {
        0 => [],
        1 => [items[0]],
        _ => items.Distinct(StringComparer.Ordinal).ToArray(),
    };
}
