using CohesionSite.Content.Binding;
using CohesionSite.Content.Shapes;
using CohesionSite.Core.Model;
using CohesionSite.Interchange.Sheets;

namespace CohesionSite.Interchange.Import;

/// <summary>
/// Turns sheets back into actions and indicators, checking every cell — sheet and header names,
/// types, enums, dates, ids, duplicates, links between sheets, and every reference against the
/// strategy — and reporting each problem at its cell. It never stops at the first error.
/// </summary>
public sealed partial class PlanReader
{
    private readonly StrategyContent _strategy;
    private readonly NationalSet _national;
    private readonly List<CellDiagnostic> _errors = [];

    /// <summary>Creates a reader that checks references against <paramref name="strategy"/> and <paramref name="national"/>.</summary>
    public PlanReader(StrategyContent strategy, NationalSet national)
    {
        _strategy = strategy;
        _national = national;
    }

    /// <summary>Reads <paramref name="sheets"/> (all from one workbook or CSV folder named <paramref name="file"/>).</summary>
    public ImportedPlan Read(IReadOnlyList<SheetTable> sheets, string file)
    {
        // The Translations sheet is TranslationReader's; it is known here so it is not "unexpected".
        var known = PlanWorkbook.DataSheets.Select(s => s.Name).Append(TranslationSheet.Name).Append(PlanWorkbook.ReadmeSheet).Append(PlanWorkbook.ListsSheet).ToArray();
        foreach (var sheet in sheets.Where(s => !known.Contains(s.Name, StringComparer.Ordinal)))
        {
            Error(sheet, "A1", $"unexpected sheet '{sheet.Name}'{Suggest.Hint(sheet.Name, known)}; expected only: {string.Join(", ", known)}");
        }

        var byName = sheets.Where(s => known.Contains(s.Name, StringComparer.Ordinal)).GroupBy(s => s.Name).ToDictionary(g => g.Key, g => g.First());
        var hasPlan = Unit(PlanWorkbook.PlanSheets, byName, file, "the action plan");
        var hasIndicators = Unit(PlanWorkbook.IndicatorSheets, byName, file, "the indicators");
        if (!hasPlan && !hasIndicators && !PlanWorkbook.DataSheets.Any(s => byName.ContainsKey(s.Name)) && !byName.ContainsKey(TranslationSheet.Name))
        {
            _errors.Add(new CellDiagnostic(file, PlanWorkbook.Actions.Name, "A1",
                $"no data sheets; expected {string.Join(", ", PlanWorkbook.PlanSheets.Select(s => s.Name))} and/or {string.Join(", ", PlanWorkbook.IndicatorSheets.Select(s => s.Name))}"));
        }

        var actionRows = hasPlan ? Rows(byName[PlanWorkbook.Actions.Name], PlanWorkbook.Actions) : [];
        var indicatorRows = hasIndicators ? Rows(byName[PlanWorkbook.Indicators.Name], PlanWorkbook.Indicators) : [];
        var actionIds = Ids(actionRows, "action");
        var indicatorIds = Ids(indicatorRows, "indicator");

        IReadOnlyList<ActionItem>? actions = null;
        if (hasPlan)
        {
            var milestones = Children(Rows(byName[PlanWorkbook.Milestones.Name], PlanWorkbook.Milestones), actionIds, "action");
            var progress = Children(Rows(byName[PlanWorkbook.Progress.Name], PlanWorkbook.Progress), actionIds, "action");
            CheckReformatted(actionRows, milestones, progress);
            actions = actionRows.Select(r => (ActionItem)r.Record).Select(a => a with
            {
                Milestones = milestones.Where(m => m.Parent == a.Id).Select(m => (Milestone)m.Row.Record).ToArray(),
                Progress = progress.Where(p => p.Parent == a.Id).Select(p => (ProgressNote)p.Row.Record).ToArray(),
            }).ToArray();
        }

        IReadOnlyList<Indicator>? indicators = null;
        if (hasIndicators)
        {
            var points = Children(Rows(byName[PlanWorkbook.Measurements.Name], PlanWorkbook.Measurements), indicatorIds, "indicator");
            CheckReformatted(indicatorRows, points);
            foreach (var second in points.Where(p => p.Kind == "baseline").GroupBy(p => p.Parent).SelectMany(g => g.Skip(1)))
            {
                var first = points.First(p => p.Kind == "baseline" && p.Parent == second.Parent);
                Error(second.Row.Table, second.Row.Ref(second.Row.Spec.KindColumn!),
                    $"second baseline for indicator '{second.Parent}' (the first is on row {first.Row.Number}); expected at most one baseline per indicator");
            }

            indicators = indicatorRows.Select(r => (Indicator)r.Record).Select(i => i with
            {
                Baseline = points.FirstOrDefault(p => p.Parent == i.Id && p.Kind == "baseline")?.Row.Record as DataPoint,
                Targets = points.Where(p => p.Parent == i.Id && p.Kind == "target").Select(p => (DataPoint)p.Row.Record).ToArray(),
                Measurements = points.Where(p => p.Parent == i.Id && p.Kind == "measurement").Select(p => (DataPoint)p.Row.Record).ToArray(),
            }).ToArray();
        }

        var scopes = new Dictionary<RefTarget, IReadOnlyCollection<string>>
        {
            [RefTarget.Action] = hasPlan ? actionIds.Keys : _strategy.ActionById.Keys,
            [RefTarget.Indicator] = hasIndicators ? indicatorIds.Keys : _strategy.IndicatorById.Keys,
            [RefTarget.Partner] = _strategy.PartnerById.Keys,
            [RefTarget.Priority] = _strategy.PriorityById.Keys,
            [RefTarget.Outcome] = _strategy.OutcomeById.Keys,
            [RefTarget.Principle] = _strategy.PrincipleById.Keys,
            [RefTarget.Value] = _strategy.ValueById.Keys,
            [RefTarget.Group] = _strategy.GroupById.Keys,
            [RefTarget.FrameworkItem] = _national.ItemByRef.Keys,
            [RefTarget.Framework] = _national.FrameworkById.Keys,
            [RefTarget.Definition] = _national.DefinitionById.Keys,
            [RefTarget.NationalIndicator] = _national.IndicatorById.Keys,
        };
        if (_unusable.Contains(PlanWorkbook.Actions.Name))
        {
            scopes.Remove(RefTarget.Action);
        }

        if (_unusable.Contains(PlanWorkbook.Indicators.Name))
        {
            scopes.Remove(RefTarget.Indicator);
        }

        foreach (var row in _allRows)
        {
            CheckRefs(row, scopes);
        }

        var ordered = _errors
            .Distinct()
            .OrderBy(e => Array.IndexOf(PlanWorkbook.DataSheets.Select(s => s.Name).ToArray(), e.Sheet) is var i && i < 0 ? int.MaxValue : i)
            .ThenBy(e => e.Sheet, StringComparer.Ordinal)
            .ThenBy(e => RowOf(e.Cell))
            .ThenBy(e => e.Cell.Length)
            .ThenBy(e => e.Cell, StringComparer.Ordinal)
            .ToArray();
        return new ImportedPlan(actions, indicators, ordered);
    }

    private readonly List<ParsedRow> _allRows = [];

    /// <summary>Sheets whose header row is wrong: their rows are not read, so links to them are not checked either (that would only repeat the header error once per row).</summary>
    private readonly HashSet<string> _unusable = new(StringComparer.Ordinal);

    /// <summary>A unit (plan or indicators) is present when all its sheets are; a partial unit is an error per missing sheet.</summary>
    private bool Unit(IReadOnlyList<SheetSpec> unit, Dictionary<string, SheetTable> byName, string file, string what)
    {
        var present = unit.Where(s => byName.ContainsKey(s.Name)).ToArray();
        if (present.Length == 0)
        {
            return false;
        }

        foreach (var missing in unit.Except(present))
        {
            _errors.Add(new CellDiagnostic(file, missing.Name, "A1",
                $"missing sheet '{missing.Name}'; {what} needs the sheets {string.Join(", ", unit.Select(s => s.Name))} together"));
        }

        return present.Length == unit.Count;
    }

    private List<ParsedRow> Rows(SheetTable table, SheetSpec spec)
    {
        var columns = Headers(table, spec);
        if (columns is null)
        {
            return [];
        }

        var rows = new List<ParsedRow>();
        foreach (var row in table.Rows.Where(r => !r.IsBlank))
        {
            var record = Activator.CreateInstance(spec.RowType)!;
            var parsed = new ParsedRow(table, spec, row.Number, record, columns, row);
            foreach (var column in spec.Columns)
            {
                var cell = row[columns[column.Header]];
                if (CellValues.IsEmpty(cell))
                {
                    if (column.Required)
                    {
                        Error(table, parsed.Ref(column.Header), $"missing {column.Header}; every row of {spec.Name} needs one");
                    }

                    continue;
                }

                var (value, error) = CellValues.Parse(cell!, column);
                if (error is not null)
                {
                    Error(table, parsed.Ref(column.Header), error);
                }
                else if (value is not null)
                {
                    column.Set(record, value);
                }
            }

            rows.Add(parsed);
            _allRows.Add(parsed);
        }

        return rows;
    }

    /// <summary>Maps each expected header to its column; reports unknown, repeated and missing headers. Null when the header row is unusable.</summary>
    private Dictionary<string, int>? Headers(SheetTable table, SheetSpec spec)
    {
        var expected = spec.Headers;
        var found = HeaderRow.Map(table, expected, expected,
            missing => $"missing column '{missing}'; every column of {spec.Name} must be present (its header row is: {string.Join(", ", expected)})",
            (cell, message) => Error(table, cell, message));
        if (found is null)
        {
            _unusable.Add(spec.Name);
        }

        return found;
    }

    private Dictionary<string, ParsedRow> Ids(List<ParsedRow> rows, string kind)
    {
        var first = new Dictionary<string, ParsedRow>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (((IdentifiedNode)row.Record).Id is not { } id)
            {
                continue;
            }

            if (first.TryGetValue(id, out var earlier))
            {
                Error(row.Table, row.Ref("id"), $"duplicate {kind} id '{id}' (first at {earlier.Ref("id")}); expected each {kind} once");
            }
            else
            {
                first[id] = row;
            }
        }

        return first;
    }

    private List<ChildRow> Children(List<ParsedRow> rows, Dictionary<string, ParsedRow> parents, string parentKind)
    {
        var children = new List<ChildRow>();
        foreach (var row in rows)
        {
            var spec = row.Spec;
            var parentCell = row.Source[row.Columns[spec.ParentColumn!]];
            var parent = CellValues.Text(parentCell)?.Trim();
            if (string.IsNullOrEmpty(parent))
            {
                Error(row.Table, row.Ref(spec.ParentColumn!), $"missing {parentKind}; every row of {spec.Name} names the {parentKind} it belongs to");
                continue;
            }

            var parentSheet = parentKind == "action" ? PlanWorkbook.Actions.Name : PlanWorkbook.Indicators.Name;
            if (!parents.ContainsKey(parent) && !_unusable.Contains(parentSheet))
            {
                Error(row.Table, row.Ref(spec.ParentColumn!),
                    $"unknown {parentKind} '{parent}'{Suggest.Hint(parent, parents.Keys)}; expected an id from the {parentSheet} sheet");
                continue;
            }

            string? kind = null;
            if (spec.KindColumn is { } kindColumn)
            {
                kind = CellValues.Text(row.Source[row.Columns[kindColumn]])?.Trim().ToLowerInvariant();
                if (kind is null || !PlanWorkbook.PointKinds.Contains(kind))
                {
                    Error(row.Table, row.Ref(kindColumn),
                        $"{(kind is null ? "missing kind" : $"'{kind}' is not a kind{Suggest.Hint(kind, PlanWorkbook.PointKinds)}")}; expected one of: {string.Join(", ", PlanWorkbook.PointKinds)}");
                    continue;
                }
            }

            children.Add(new ChildRow(parent, kind, row));
        }

        return children;
    }

    private void CheckRefs(ParsedRow row, Dictionary<RefTarget, IReadOnlyCollection<string>> scopes)
    {
        foreach (var column in row.Spec.Columns.Where(c => c.Ref is not null))
        {
            if (!scopes.TryGetValue(column.Ref!.Value, out var scope))
            {
                continue;
            }

            var ids = column.Get(row.Record) switch
            {
                string s => [s],
                IReadOnlyList<string> list => list,
                _ => [],
            };
            var kind = Naming.Kebab(column.Ref.Value.ToString()).Replace('-', ' ');
            foreach (var id in ids.Where(id => !scope.Contains(id)))
            {
                Error(row.Table, row.Ref(column.Header), $"unknown {kind} '{id}'{Suggest.Hint(id, scope)}");
            }
        }
    }

    private void Error(SheetTable table, string cell, string message) => _errors.Add(new CellDiagnostic(table.File, table.Name, cell, message));

    private static int RowOf(string cell) => int.TryParse(new string(cell.SkipWhile(char.IsLetter).ToArray()), out var r) ? r : 0;

    private sealed record ParsedRow(SheetTable Table, SheetSpec Spec, int Number, object Record, Dictionary<string, int> Columns, SheetRow Source)
    {
        public string Ref(string header) => CellRef.Of(Number, Columns.TryGetValue(header, out var c) ? c + 1 : 1);
    }

    private sealed record ChildRow(string Parent, string? Kind, ParsedRow Row);
}
