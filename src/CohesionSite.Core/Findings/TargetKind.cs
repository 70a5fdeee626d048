namespace CohesionSite.Core.Findings;

/// <summary>
/// What kind of thing a finding, a finding's member or a loader diagnostic is about: the one list
/// the rule facts, the diagnostics, the report writers and the site's URL map share. Written in
/// reports as kebab-case (<see cref="TargetKinds.Name"/>).
/// </summary>
public enum TargetKind
{
    /// <summary>A kind this version does not know (read from a report written by another version).</summary>
    Unknown,
    /// <summary>A strategy as a whole.</summary>
    Strategy,
    /// <summary>A node of the themes/priorities tree.</summary>
    Priority,
    /// <summary>An outcome (or RBA result).</summary>
    Outcome,
    /// <summary>A principle of the strategy.</summary>
    Principle,
    /// <summary>A shared value.</summary>
    Value,
    /// <summary>A declared group (protected characteristic or community).</summary>
    Group,
    /// <summary>A partner organisation.</summary>
    Partner,
    /// <summary>A statement (aim, ambition, responsibility, recognition).</summary>
    Statement,
    /// <summary>A commitment of the strategy text.</summary>
    Commitment,
    /// <summary>A line of the action plan.</summary>
    Action,
    /// <summary>A milestone of an action (<c>1.1.1/milestone-2</c>).</summary>
    Milestone,
    /// <summary>An indicator.</summary>
    Indicator,
    /// <summary>A cell of the framework matrix (<c>column-item×row-item</c>).</summary>
    MatrixCell,
    /// <summary>A principle of the toolkit.</summary>
    ToolkitPrinciple,
    /// <summary>A good-practice case study.</summary>
    CaseStudy,
    /// <summary>An evidence table or figure.</summary>
    Evidence,
    /// <summary>A narrative section.</summary>
    Section,
    /// <summary>A count the text states for a list ("eight core principles").</summary>
    CountClaim,
    /// <summary>A passage of the strategy's own prose.</summary>
    Text,
    /// <summary>A part the document announces but does not contain.</summary>
    MissingPart,
    /// <summary>A waiver of the strategy.</summary>
    Waiver,
    /// <summary>A national framework.</summary>
    Framework,
    /// <summary>An item of a national framework (<c>framework/item</c>).</summary>
    FrameworkItem,
    /// <summary>A national definition.</summary>
    Definition,
    /// <summary>A national indicator.</summary>
    NationalIndicator,
    /// <summary>A field's value, by its path in the file (an invalid date).</summary>
    Field,
    /// <summary>A place in a file (<c>strategy.yaml:7</c>), for a problem that names no entity.</summary>
    Place,
    /// <summary>One way a strategy writes a partner's name (an alias, or a spelling in its prose).</summary>
    BodyName,
    /// <summary>A strategy's translation into one language (<c>cy</c>).</summary>
    Translation,
}

/// <summary>The written names of <see cref="TargetKind"/>.</summary>
public static class TargetKinds
{
    private static readonly Dictionary<string, TargetKind> ByName = Enum.GetValues<TargetKind>().ToDictionary(Name, k => k, StringComparer.Ordinal);

    /// <summary><c>MatrixCell</c> → <c>matrix-cell</c>: the name reports, the site and SARIF write.</summary>
    public static string Name(this TargetKind kind) => kind switch
    {
        TargetKind.Unknown => "unknown",
        _ => Kebab(kind.ToString()),
    };

    /// <summary>The kind a written name stands for; <see cref="TargetKind.Unknown"/> for a name this version does not know.</summary>
    public static TargetKind Parse(string? name) => name is not null && ByName.TryGetValue(name, out var kind) ? kind : TargetKind.Unknown;

    internal static string Kebab(string pascal)
    {
        var sb = new System.Text.StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]))
            {
                sb.Append('-');
            }

            sb.Append(char.ToLowerInvariant(pascal[i]));
        }

        return sb.ToString();
    }
}
