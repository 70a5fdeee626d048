using System.Linq.Dynamic.Core.CustomTypeProviders;
using CohesionSite.Analysis;
using CohesionSite.Analysis.Status;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Facts;

/// <summary>
/// An indicator with its data judged once: baseline, targets, the latest own-area measurement, and
/// whether that measurement is behind the straight line from the baseline to the last target.
/// "Own area" is a data point without an area, or with the strategy's area.
/// </summary>
[DynamicLinqType] // its join helpers (a.ServesOutcome(id) …) are callable from rule conditions; no static members
public sealed class IndicatorFact : Fact
{
    internal IndicatorFact(RuleContext context, Indicator i, string strategyArea, Core.Model.Direction direction, IndicatorMeasures measures)
        : base(context, i, i.Id, i.Title)
    {
        Code = i.Code ?? string.Empty;
        _outcomes = i.Outcomes;
        _priorities = i.Priorities;
        _measuredOutcomes = measures.OutcomesOf(i.Id);
        TiedToPriority = i.Priorities.Count > 0 || _measuredOutcomes.Any(measures.ServedByAPriority);
        Direction = Shapes.Kebab(direction);
        HasBaseline = IndicatorStates.HasBaseline(i);
        BaselineToBeDetermined = i.Baseline?.ToBeDetermined ?? false;
        var targets = IndicatorStates.GivenTargets(i).ToArray();
        TargetCount = targets.Length;
        HasOwner = !string.IsNullOrWhiteSpace(i.Owner) || i.OwnerPartners.Count > 0;

        bool Own(DataPoint p) => IndicatorTrack.IsOwn(p, strategyArea);
        var baseline = IndicatorTrack.OwnBaseline(i, strategyArea);
        var data = i.Measurements.Where(m => Own(m) && IndicatorStates.IsGiven(m)).ToList();
        if (HasBaseline)
        {
            data.Add(i.Baseline!);
        }

        LatestDataYear = data.Count == 0 ? 0 : data.Max(p => Shapes.EndYear(p.Period));
        HasUndatedData = data.Any(p => p.Value is not null && Shapes.EndYear(p.Period) == 0);
        YearsSinceLatestData = LatestDataYear == 0 ? int.MaxValue : context.AsOfYear - LatestDataYear;

        if (baseline is not null)
        {
            var wrong = targets.Where(t => t.Value is { } v && Own(t) && (direction == Core.Model.Direction.Higher ? v < baseline.Value : direction == Core.Model.Direction.Lower && v > baseline.Value)).ToArray();
            WrongDirectionTargetCount = wrong.Length;
            WrongDirectionTargets = string.Join(", ", wrong.Select(t => $"{t.Text ?? Number(t.Value)} ({t.Period})"));
            Baseline = IndicatorTrack.Describe(baseline);
            // The one judgement of the line from baseline to target, shared with the indicator page.
            if (IndicatorTrack.Of(i, strategyArea, direction) is { } track)
            {
                OffTrack = track.OffTrack;
                Latest = IndicatorTrack.Describe(track.Latest);
                Expected = track.ExpectedText;
            }
        }

        Baseline ??= string.Empty;
        WrongDirectionTargets ??= string.Empty;
        Latest ??= string.Empty;
        Expected ??= string.Empty;
    }

    private readonly IReadOnlyList<string> _outcomes;
    private readonly IReadOnlyList<string> _priorities;
    private readonly string[] _measuredOutcomes;

    /// <inheritdoc/>
    public override TargetKind TargetKind => TargetKind.Indicator;

    /// <summary>True when the indicator names the outcome as one it measures.</summary>
    public bool MeasuresOutcome(string id) => _outcomes.Contains(id, StringComparer.Ordinal);

    /// <summary>True when the indicator names any of the priority nodes.</summary>
    public bool MeasuresAnyPriority(string[] ids) => ids.Any(id => _priorities.Contains(id, StringComparer.Ordinal));

    /// <summary>True when the indicator measures any of the outcomes (named on either side).</summary>
    public bool MeasuresAnyOutcome(string[] ids) => ids.Any(id => Array.IndexOf(_measuredOutcomes, id) >= 0);

    /// <summary>True when the indicator measures some priority node: it names one, or measures an outcome some node aims at.</summary>
    public bool TiedToPriority { get; }

    /// <summary>The code the source uses.</summary>
    public string Code { get; }

    /// <summary><c>higher</c>, <c>lower</c> or <c>unknown</c> (taken from the national indicator when the strategy does not say).</summary>
    public string Direction { get; }

    /// <summary>True when a baseline value is given (not "to be determined").</summary>
    public bool HasBaseline { get; }

    /// <summary>True when the source says the baseline is still to be determined.</summary>
    public bool BaselineToBeDetermined { get; }

    /// <summary>" (the source says it is to be determined)" when it does, for messages; empty otherwise.</summary>
    public string BaselineNote => BaselineToBeDetermined ? " (the source says it is to be determined)" : string.Empty;

    /// <summary>The own-area baseline as text, empty when there is no numeric one.</summary>
    public string Baseline { get; }

    /// <summary>Targets with a value.</summary>
    public int TargetCount { get; }

    /// <summary>True when a responsible body is named.</summary>
    public bool HasOwner { get; }

    /// <summary>Own-area targets that move away from the baseline in the wrong direction.</summary>
    public int WrongDirectionTargetCount { get; }

    /// <summary>Those targets, for the message.</summary>
    public string WrongDirectionTargets { get; }

    /// <summary>The last year of the latest own-area value (baseline or measurement); 0 when none.</summary>
    public int LatestDataYear { get; }

    /// <summary>True when an own-area value has no year (Wrexham's "increased since 2005 from 51% to 67%"): how recent the data is, is not known.</summary>
    public bool HasUndatedData { get; }

    /// <summary>Years between that year and the reporting date (int.MaxValue when there is no data).</summary>
    public int YearsSinceLatestData { get; }

    /// <summary>True when the latest own-area measurement after the baseline is behind the straight line from baseline to the last target.</summary>
    public bool OffTrack { get; }

    /// <summary>The latest measurement judged, as text.</summary>
    public string Latest { get; }

    /// <summary>The value the straight line expects at that time.</summary>
    public string Expected { get; }

    private static string Number(double? value) => IndicatorTrack.Number(value);
}
