using CohesionSite.Analysis;
using CohesionSite.Core.Diagnostics;
using CohesionSite.Core.Model;
using CohesionSite.Rules.Definitions;

namespace CohesionSite.Rules.Facts;

/// <summary>Builds the facts of every strategy from the immutable model: indices once per strategy, then one fact per entity.</summary>
public static class FactBuilder
{
    /// <summary>
    /// The facts of each strategy (built in parallel, in strategy order), each strategy judged at its
    /// own reporting date (<paramref name="asOf"/>), with the integrity diagnostics of its files; the
    /// diagnostics of national files form a last set of their own. Each set is one NRules session.
    /// </summary>
    public static IReadOnlyList<FactSet> Build(ContentSet content, IReadOnlyList<Diagnostic> diagnostics, Func<StrategyContent, PartialDate> asOf)
    {
        var perStrategy = new FactSet[content.Strategies.Count];
        Parallel.For(0, perStrategy.Length, i =>
        {
            var s = content.Strategies[i];
            var analysis = StrategyAnalysis.Of(s, content.National);
            var context = new RuleContext(s.Id, asOf(s), s.Strategy.Period, s, s.Strategy.Status);
            perStrategy[i] = ForStrategy(content.National, s, context, analysis);
        });

        var sets = perStrategy.ToList();
        FactSet? national = null;
        foreach (var d in diagnostics.Where(d => DiagnosticCodes.Integrity.Contains(d.Code)))
        {
            var id = StrategyOf(d.Mark.File);
            var set = sets.Find(x => x.Context.StrategyId == id);
            if (set is null)
            {
                national ??= new FactSet(new RuleContext(string.Empty, ReportingDate.Fallback, null, null));
                set = national;
            }

            set.Add(FactKind.Diagnostic, new DiagnosticFact(set.Context, d));
        }

        if (national is not null)
        {
            sets.Add(national);
        }

        return sets;
    }

    /// <summary>Waiver facts of one strategy, built after its first pass so each knows how many findings it matches.</summary>
    public static IReadOnlyList<Fact> Waivers(StrategyContent s, RuleContext context, IReadOnlyDictionary<string, int> matchesByKey) =>
        s.Strategy.Waivers.Select(w => (Fact)new WaiverFact(context, w, matchesByKey.GetValueOrDefault($"{w.Rule}|{s.Id}|{w.Target}"))).ToArray();

    /// <summary>The strategy a content path belongs to: <c>content/walsall-2008/actions.yaml</c> → <c>walsall-2008</c>; empty for national files.</summary>
    internal static string StrategyOf(string file)
    {
        var parts = file.Split('/');
        return parts.Length >= 2 && parts[^2] != "national" ? parts[^2] : string.Empty;
    }

    // A strategy in one language has none of these facts (and pays nothing for the walk).
    private static void AddTranslations(FactSet facts, RuleContext ctx, StrategyContent s, StrategyTranslations translations)
    {
        foreach (var t in translations.Languages)
        {
            facts.Add(FactKind.Translation, new TranslationFact(ctx, s, translations.Primary, t));
            foreach (var f in t.Missing)
            {
                facts.Add(FactKind.TranslationField, new TranslationFieldFact(ctx, s.Strategy, f.Mark, t.Language, f.Key, "missing", f.Text));
            }

            foreach (var f in t.Stale)
            {
                facts.Add(FactKind.TranslationField, new TranslationFieldFact(ctx, s.Strategy, f.Mark, t.Language, f.Key, "stale", f.Text));
            }

            foreach (var e in t.Unknown)
            {
                facts.Add(FactKind.TranslationField, new TranslationFieldFact(ctx, e, e.MarkOf("field"), t.Language, e.Field, "unknown", e.Text));
            }

            foreach (var e in t.Repeated)
            {
                facts.Add(FactKind.TranslationField, new TranslationFieldFact(ctx, e, e.MarkOf("field"), t.Language, e.Field, "repeated", e.Text));
            }
        }
    }

    private static FactSet ForStrategy(NationalSet national, StrategyContent s, RuleContext ctx, StrategyAnalysis analysis)
    {
        var facts = new FactSet(ctx, s);
        facts.Add(FactKind.Strategy, new StrategyFact(ctx, s));
        var measures = analysis.Measures;
        foreach (var p in s.AllPriorities)
        {
            facts.Add(FactKind.Priority, new PriorityFact(ctx, s, p, national, measures));
        }

        foreach (var o in s.Outcomes)
        {
            facts.Add(FactKind.Outcome, new OutcomeFact(ctx, o));
        }

        foreach (var p in s.Strategy.Principles)
        {
            facts.Add(FactKind.Principle, new PrincipleFact(ctx, p));
        }

        foreach (var v in s.Strategy.Values)
        {
            facts.Add(FactKind.Value, new ValueFact(ctx, v));
        }

        foreach (var g in s.Strategy.Groups)
        {
            facts.Add(FactKind.Group, new GroupFact(ctx, g));
        }

        var repeatedCommitments = Repeats.Find(s.Commitments.Select(c => (c.Commitment.Id, c.Commitment.Text)));
        foreach (var (priority, commitment) in s.Commitments)
        {
            facts.Add(FactKind.Commitment, new CommitmentFact(ctx, priority, commitment, analysis.TagsOf(commitment), repeatedCommitments.GetValueOrDefault(commitment.Id)));
        }

        // Column by column, as the facts were always inserted: members of a finding keep their order.
        if (analysis.Matrix is { } matrix)
        {
            foreach (var column in matrix.Columns.Items)
            {
                foreach (var row in matrix.Rows.Items)
                {
                    facts.Add(FactKind.MatrixCell, new MatrixCellFact(ctx, matrix.Matrix, matrix.CellOf(row, column)));
                }
            }
        }

        var repeatedActions = Repeats.Find(s.Actions.Select(a => (a.Id, a.Text)));
        foreach (var a in s.Actions)
        {
            facts.Add(FactKind.Action, new ActionFact(ctx, a, analysis.TagsOf(a), repeatedActions.GetValueOrDefault(a.Id)));
            for (var m = 0; m < a.Milestones.Count; m++)
            {
                facts.Add(FactKind.Milestone, new MilestoneFact(ctx, a, a.Milestones[m], m));
            }
        }

        foreach (var i in s.Indicators)
        {
            facts.Add(FactKind.Indicator, new IndicatorFact(ctx, i, s.Strategy.Area, analysis.DirectionOf(i).Direction, analysis.Measures));
        }

        foreach (var p in s.Toolkit?.Principles ?? [])
        {
            facts.Add(FactKind.ToolkitPrinciple, new ToolkitPrincipleFact(ctx, p));
        }

        var passages = TextPassages.Of(s).ToArray();
        foreach (var (owner, ownerId, field, text) in passages)
        {
            facts.Add(FactKind.Text, new TextFact(ctx, owner, ownerId, field, text));
        }

        foreach (var p in s.Strategy.Partners)
        {
            facts.Add(FactKind.Partner, new PartnerFact(ctx, p));
        }

        var names = 0;
        foreach (var (partner, node, mark, variant, place) in BodyNames.Of(s, passages))
        {
            facts.Add(FactKind.BodyName, new BodyNameFact(ctx, node, mark, partner.Id, names++, variant, place));
        }

        for (var m = 0; m < s.Strategy.MissingParts.Count; m++)
        {
            facts.Add(FactKind.MissingPart, new MissingPartFact(ctx, s.Strategy.MissingParts[m], m));
        }

        foreach (var c in s.Strategy.CountClaims)
        {
            facts.Add(FactKind.CountClaim, new CountClaimFact(ctx, s, national, c));
        }

        AddTranslations(facts, ctx, s, analysis.Translations);
        return facts;
    }
}
