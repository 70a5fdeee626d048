using System.Text.Json;
using CohesionSite.Content.Export;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;
using CohesionSite.Site.Pages;

namespace CohesionSite.Site.Data;

/// <summary>One download of a strategy.</summary>
/// <param name="Name">Its file name, with the place (<c>walsall-2008-actions.csv</c>).</param>
/// <param name="Label">What it holds ("Action plan").</param>
/// <param name="Format">"CSV" or "JSON".</param>
/// <param name="Rows">How many records it holds (rows of a CSV, items of a JSON list).</param>
/// <param name="Table">The CSV's columns and rows; null for JSON.</param>
/// <param name="Make">Makes the file's text when it is written.</param>
internal sealed record DataFile(string Name, string Label, string Format, int Rows, DataTable? Table, Func<string> Make)
{
    /// <summary>What it holds, as the key of its words on a page (<c>downloads.kinds.KIND</c>): <c>actions</c>, <c>indicator_figures</c>, <c>datapackage</c> ….</summary>
    public string Kind { get; init; } = string.Empty;
}

/// <summary>
/// The per-strategy open data: action plan, indicators (one row each, and one row per figure) and gap
/// findings as CSV and JSON, and the data dictionary (<c>datapackage.json</c>). Only files with
/// something in them are published; text cells are plain text (no Markdown), formula-looking cells
/// are neutralised (<see cref="CsvGuard"/>), and CSV carries a UTF-8 byte-order mark.
/// </summary>
internal static class DataExports
{
    /// <summary>Every file of <paramref name="sv"/> that has something in it, the data package last.</summary>
    public static IReadOnlyList<DataFile> Files(StrategyView sv, Licence? siteLicence)
    {
        var c = sv.Content;
        var files = new List<DataFile>();
        if (c.Actions.Count > 0)
        {
            files.Add(Csv(sv, "actions", "Action plan", c.Actions.Count, Actions(sv)));
            files.Add(Json(sv, "actions", "Action plan", c.Actions.Count, () => JsonSerializer.Serialize(new ActionsJson(sv.Id, c.Actions), ModelJson.Compact)));
        }

        if (c.Indicators.Count > 0)
        {
            files.Add(Csv(sv, "indicators", "Indicators", c.Indicators.Count, Indicators(sv)));
            var figures = c.Indicators.Sum(FigureCount);
            if (figures > 0)
            {
                files.Add(Csv(sv, "indicator-figures", "Indicator figures (baselines, measurements and targets)", figures, Figures(sv, c.Indicators)));
            }

            files.Add(Json(sv, "indicators", "Indicators", c.Indicators.Count, () => JsonSerializer.Serialize(new IndicatorsJson(sv.Id, Judged(sv)), ModelJson.Compact)));
        }

        if (sv.Findings.Count > 0)
        {
            files.Add(Csv(sv, "findings", "Gap findings", sv.Findings.Count, Findings(sv)));
            files.Add(Json(sv, "findings", "Gap findings", sv.Findings.Count, () => JsonSerializer.Serialize(new FindingsJson(sv.Id, sv.Findings.Select(Json).ToArray()), ModelJson.Compact)));
        }

        if (files.Count > 0)
        {
            var listed = files.ToArray();
            var licence = c.Strategy.DataLicence ?? siteLicence;
            files.Add(new DataFile(DataPackage.FileName, "Data dictionary (Frictionless Data Package: licence, files and columns)", "JSON", listed.Length, null, () => DataPackage.Write(sv, licence, listed)) { Kind = "datapackage" });
        }

        return files;
    }

    /// <summary>The file name of one of a strategy's downloads: the strategy id (it names the place) first.</summary>
    public static string FileName(string strategy, string what, string extension) => $"{strategy}-{what}.{extension}";

    private static DataFile Csv(StrategyView sv, string what, string label, int rows, DataTable table, string? kind = null) =>
        new(FileName(sv.Id, what, "csv"), label, "CSV", rows, table, table.ToCsv) { Kind = kind ?? what.Replace('-', '_') };

    private static int FigureCount(Indicator i) => (i.Baseline is null ? 0 : 1) + i.Measurements.Count + i.Targets.Count;

    private static DataFile Json(StrategyView sv, string what, string label, int rows, Func<string> make, string? kind = null) =>
        new(FileName(sv.Id, what, "json"), label, "JSON", rows, null, make) { Kind = kind ?? what.Replace('-', '_') };

    private static DataTable Actions(StrategyView sv) => new(
        [
            new("strategy", "string", "The strategy's id (its content folder)."),
            new("ref", "string", "The action's reference in the plan (e.g. 1.1.1)."),
            new("text", "string", "What will be done (plain text)."),
            new("priority", "string", "The id of the priority or strategic objective it delivers."),
            new("priority_title", "string", "That priority's number and title."),
            new("milestones", "string", "Its milestones, separated by '; ', each with its due date in brackets as the source gives it."),
            new("leads", "string", "The lead agencies, separated by '; '."),
            new("partners", "string", "Other partners, separated by '; '."),
            new("outcome", "string", "The outcome the action is to achieve (plain text)."),
            new("status", "string", "Its status; 'No status reported' when the source gives none."),
            new("rag", "string", "Its red/amber/green rating (red, amber, green); empty when the source gives none."),
        ],
        () => sv.Content.Actions.Select(a => new object?[]
        {
            sv.Id, a.Id, Plain(a.Text), a.Priority, a.Priority is null ? null : sv.PriorityLabel(a.Priority),
            string.Join("; ", a.Milestones.Select(m => m.Due is { } d ? $"{Plain(m.Text)} ({d.ToDisplay()})" : Plain(m.Text))),
            a.Leads.Count > 0 ? sv.PartnerNames(a.Leads) : a.LeadText, sv.PartnerNames(a.Partners), Plain(a.Outcome),
            Labels.ActionStatus(a.Status, Labels.En), a.Rag?.ToString().ToLowerInvariant(),
        }));

    private static DataTable Indicators(StrategyView sv) => new(
        [
            new("strategy", "string", "The strategy's id (its content folder)."),
            new("indicator", "string", "The indicator's id."),
            new("code", "string", "Its code in the national indicator set (e.g. NI 1), when it has one."),
            new("title", "string", "What it measures."),
            new("category", "string", "Its category (e.g. perception)."),
            new("unit", "string", "The unit of its figures (e.g. %)."),
            new("direction", "string", "Which way is better: higher, lower or unknown."),
            new("owner", "string", "The body responsible for it; empty when the source names none."),
            new("survey", "string", "The survey or source of its figures."),
            new("figures", "integer", "How many figures (baseline, measurements, targets) it has in the indicator-figures file."),
            new("note", "string", "What the source says about it (plain text)."),
        ],
        () => sv.Content.Indicators.Select(i => new object?[]
        {
            sv.Id, i.Id, sv.Effective(i).Code, Plain(i.Title), i.Category, i.Unit, sv.Effective(i).Direction.ToString().ToLowerInvariant(), sv.Effective(i).Owner, sv.Effective(i).Survey,
            FigureCount(i), Plain(i.Note),
        }));

    /// <summary>
    /// One indicator's own downloads, for its page: its figures as CSV (the indicator-figures
    /// columns) and the indicator as JSON (the indicators file's shape, with the judged direction),
    /// named <c>{strategy}-{name}.csv/.json</c> so a saved file still says whose it is.
    /// </summary>
    public static IReadOnlyList<DataFile> OfIndicator(StrategyView sv, Indicator i, string name)
    {
        var files = new List<DataFile>();
        if (FigureCount(i) > 0)
        {
            files.Add(Csv(sv, name, "Figures (baseline, measurements and targets)", FigureCount(i), Figures(sv, [i]), "one_indicator_figures"));
        }

        files.Add(Json(sv, name, "Indicator with its figures", 1, () => JsonSerializer.Serialize(new IndicatorsJson(sv.Id, [sv.Effective(i).Judged]), ModelJson.Compact), "one_indicator"));
        return files;
    }

    private static DataTable Figures(StrategyView sv, IReadOnlyList<Indicator> indicators) => new(
        [
            new("strategy", "string", "The strategy's id (its content folder)."),
            new("indicator", "string", "The indicator's id (a row of the indicators file)."),
            new("code", "string", "Its national indicator code, when it has one."),
            new("kind", "string", "baseline, measurement or target."),
            new("period", "string", "The period the figure is for, as the source gives it (e.g. 2008, 2008/09)."),
            new("area", "string", "The area the figure is for, when the source gives figures by area."),
            new("group", "string", "The group the figure is for, when the source gives figures by group."),
            new("value", "number", "The figure; empty when the source gives only text."),
            new("text", "string", "The figure as the source writes it, when it is not a plain number."),
            new("to_be_determined", "boolean", "true when the source says the figure is still to be determined."),
        ],
        () => indicators.SelectMany(i =>
            (i.Baseline is null ? [] : new[] { ("baseline", i.Baseline) })
                .Concat(i.Measurements.Select(m => ("measurement", m)))
                .Concat(i.Targets.Select(t => ("target", t)))
                .Select(x => new object?[] { sv.Id, i.Id, sv.Effective(i).Code, x.Item1, x.Item2.Period, x.Item2.Area, x.Item2.Group, x.Item2.Value, x.Item2.Text, x.Item2.ToBeDetermined ? "true" : "false" })));

    private static DataTable Findings(StrategyView sv) => new(
        [
            new("strategy", "string", "The strategy's id (its content folder)."),
            new("rule", "string", "The id of the gap rule that found it."),
            new("severity", "string", "error (content broken), warning (coverage or quality gap) or info (worth a look)."),
            new("target_kind", "string", "What kind of thing it is about (action, indicator, outcome …)."),
            new("target", "string", "The id of that thing."),
            new("members", "integer", "How many items the one gap leaves uncovered, when it lists them (see the JSON file)."),
            new("file", "string", "The content file it points at."),
            new("line", "integer", "The line in that file."),
            new("column", "integer", "The column in that file."),
            new("message", "string", "What is missing and how to fix it (plain text)."),
            new("waived", "boolean", "true when the partnership has accepted the gap."),
        ],
        () => sv.Findings.Select(f => new object?[]
        {
            sv.Id, f.RuleId, f.Severity.ToString().ToLowerInvariant(), f.TargetKind.Name(), f.Target, f.Members.Count,
            f.Mark.IsKnown ? f.Mark.File : null, f.Mark.IsKnown ? f.Mark.Line : null, f.Mark.IsKnown ? f.Mark.Column : null,
            FindingText.Plain(f.Message), f.Waived ? "true" : "false",
        }));

    /// <summary>
    /// The indicators with the direction they are judged in (the analysis': the national indicator's
    /// where the strategy states none), so a download says what the page and the rules say.
    /// </summary>
    private static IReadOnlyList<Indicator> Judged(StrategyView sv) =>
        sv.Content.Indicators.Select(i => sv.Effective(i).Judged).ToArray();

    private static string? Plain(string? markdown) => markdown is null ? null : Rendering.MarkdownRenderer.Plain(markdown);

    private static FindingJson Json(Finding f) => new(
        f.RuleId,
        f.Severity.ToString().ToLowerInvariant(),
        f.TargetKind.Name(),
        f.Target,
        f.Mark.File,
        f.Mark.Line,
        f.Mark.Column,
        FindingText.Plain(f.Message),
        f.Rationale,
        f.Waived,
        f.Waiver is { } w ? new WaiverJson(w.Reason, w.Owner, w.Expires?.ToString()) : null,
        f.Members.Select(m => new MemberJson(m.TargetKind.Name(), m.Target, m.Title, m.Mark.File, m.Mark.Line, m.Mark.Column)).ToArray());

    // Typed shapes of the JSON files (anonymous types and object-typed members sent System.Text.Json
    // through its polymorphic, per-value type lookups). Property order is the files' key order.
    private sealed record ActionsJson(string Strategy, IReadOnlyList<ActionItem> Actions);

    private sealed record IndicatorsJson(string Strategy, IReadOnlyList<Indicator> Indicators);

    private sealed record FindingsJson(string Strategy, IReadOnlyList<FindingJson> Findings);

    private sealed record FindingJson(
        string Rule, string Severity, string TargetKind, string Target, string File, int Line, int Column, string Message, string? Rationale, bool Waived, WaiverJson? Waiver, IReadOnlyList<MemberJson> Members);

    private sealed record MemberJson(string TargetKind, string Target, string? Title, string File, int Line, int Column);

    private sealed record WaiverJson(string Reason, string? Owner, string? Expires);
}
