using CohesionSite.Core.Model;

namespace CohesionSite.Site.Pages;

/// <summary>Overview: vision, definition, values, principles, statements, partners, sections and source.</summary>
internal static class OverviewPage
{
    public static Page Build(StrategyView sv, Pipeline.Links links)
    {
        var s = sv.Content.Strategy;
        var national = s.Definition?.Ref is { } r && sv.National.DefinitionById.TryGetValue(r, out var d) ? d : null;
        var model = new
        {
            Strategy = s,
            Kind = sv.NotAStrategy,
            OwnerLabel = sv.OwnerLabel,
            sv.Authors,
            Period = Labels.Period(s.Period, sv.Text),
            Status = Labels.Status(s.Status, sv.Text),
            DocumentDate = Labels.Date(s.Date, sv.Text),
            PackUrl = Pack.PackPage.Url(sv),
            Definition = s.Definition,
            NationalDefinition = national,
            Frameworks = s.Frameworks.Select(f => sv.National.FrameworkById.TryGetValue(f, out var fw) ? fw.Title : f).ToArray(),
            Principles = s.Principles.Select(p => new
            {
                Anchor = Pipeline.Links.Anchor("principle", p.Id),
                p.Number,
                p.Title,
                p.Text,
                Outcomes = p.Outcomes.Select(o => new { Title = sv.Content.OutcomeById.TryGetValue(o, out var oc) ? oc.Title : o, Url = sv.Url("outcomes", "outcome", o) }).ToArray(),
                National = p.National.Select(sv.ItemTitle).ToArray(),
            }).ToArray(),
            Values = s.Values.Select(v => new { Anchor = Pipeline.Links.Anchor("value", v.Id), v.Title, v.Text }).ToArray(),
            StatementGroups = s.Statements.GroupBy(st => st.Kind).Select(g => new
            {
                Anchor = "statements-" + Labels.Humanize(g.Key).ToLowerInvariant().Replace(" ", "-", StringComparison.Ordinal),
                Title = sv.Text["overview.statements." + StatementKey(g.Key)],
                Items = g.Select(st => new { Anchor = Pipeline.Links.Anchor("statement", st.Id), st.Number, st.Title, st.Text, st.Items }).ToArray(),
            }).ToArray(),
            Groups = s.Groups.Select(g => new { Anchor = Pipeline.Links.Anchor("group", g.Id), g.Title, g.Text }).ToArray(),
            Partners = s.Partners.Select(p => new
            {
                Anchor = Pipeline.Links.Anchor("partner", p.Id),
                p.Name,
                Abbreviation = StrategyView.ShownAbbreviation(p),
                Sector = sv.Text["overview.sectors." + p.Sector.ToString().ToLowerInvariant()],
                Roles = string.Join(", ", p.Roles),
                p.Note,
            }).ToArray(),
            Sections = Flatten(s.Sections, 0).ToArray(),
            Contacts = s.Contacts.Select(c => new { c.Name, c.Role, c.Organisation, c.Email, Mailto = c.Email is null ? null : Rendering.SafeUrl.Check("mailto:" + c.Email), c.Phone }).ToArray(),
            RagDefinitions = s.RagDefinitions.Select(x => new { Rag = Labels.Rag(x.Rag, sv.Text), x.Meaning }).ToArray(),
        };
        var text = string.Join(" ", new[] { s.Vision?.Text, s.Definition?.Text }.Concat(s.Principles.Select(p => p.Title)).Concat(s.Values.Select(v => v.Title)).OfType<string>());
        return PageFactory.StrategyPage(sv, links, string.Empty, sv.SectionTitle(string.Empty), model, text);
    }

    private static IEnumerable<object> Flatten(IEnumerable<Section> sections, int depth)
    {
        foreach (var section in sections)
        {
            yield return new { Anchor = Pipeline.Links.Anchor("section", section.Id), Level = Math.Min(6, 2 + depth), section.Title, section.Body };
            foreach (var child in Flatten(section.Children, depth + 1))
            {
                yield return child;
            }
        }
    }

    // The key of a group of statements' heading (overview.statements.*).
    private static string StatementKey(StatementKind kind) => kind switch
    {
        StatementKind.Aim => "aim",
        StatementKind.Ambition => "ambition",
        StatementKind.Responsibility => "responsibility",
        StatementKind.Recognition => "recognition",
        StatementKind.ToolkitAim => "toolkit_aim",
        StatementKind.SharedPriority => "shared_priority",
        _ => "other",
    };
}
