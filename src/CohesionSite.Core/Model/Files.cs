namespace CohesionSite.Core.Model;

/// <summary><c>priorities.yaml</c>: the themes → priorities / objectives tree.</summary>
public sealed record PrioritiesFile : Node
{
    /// <summary>The top level of the tree (themes, or priorities where there are no themes).</summary>
    public IReadOnlyList<PriorityNode> Priorities { get; init; } = [];
}

/// <summary><c>outcomes.yaml</c>: the RBA result and outcomes.</summary>
public sealed record OutcomesFile : Node
{
    /// <summary>The outcomes (and the result, marked <c>isResult</c>).</summary>
    public IReadOnlyList<Outcome> Outcomes { get; init; } = [];
}

/// <summary><c>indicators.yaml</c>: indicators with baselines, targets and measurements.</summary>
public sealed record IndicatorsFile : Node
{
    /// <summary>The indicators.</summary>
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];
}

/// <summary><c>actions.yaml</c>: the action plan, or an explicit statement that there is none.</summary>
public sealed record ActionsFile : Node
{
    /// <summary>Whether the plan exists, and what the source says about it.</summary>
    public required ActionPlanInfo Plan { get; init; }

    /// <summary>The actions.</summary>
    public IReadOnlyList<ActionItem> Actions { get; init; } = [];
}

/// <summary><c>practice.yaml</c>: good-practice case studies.</summary>
public sealed record PracticeFile : Node
{
    /// <summary>The case studies.</summary>
    public IReadOnlyList<CaseStudy> Cases { get; init; } = [];
}

/// <summary><c>evidence.yaml</c>: survey tables, funding tables and single figures.</summary>
public sealed record EvidenceFile : Node
{
    /// <summary>Tables.</summary>
    public IReadOnlyList<EvidenceTable> Tables { get; init; } = [];

    /// <summary>Single figures.</summary>
    public IReadOnlyList<Figure> Figures { get; init; } = [];
}

/// <summary>A file under <c>content/national/</c>: definitions, frameworks and national indicators.</summary>
public sealed record NationalFile : Node
{
    /// <summary>Definitions of community cohesion.</summary>
    public IReadOnlyList<Definition> Definitions { get; init; } = [];

    /// <summary>Frameworks (lists of principles, priorities, characteristics …).</summary>
    public IReadOnlyList<Framework> Frameworks { get; init; } = [];

    /// <summary>National indicator set entries.</summary>
    public IReadOnlyList<NationalIndicator> Indicators { get; init; } = [];
}

/// <summary>The kinds of YAML file, each with its root type and JSON Schema.</summary>
public static class FileKinds
{
    /// <summary>
    /// File name (in a strategy folder) → root type. National files are any <c>*.yaml</c> under
    /// <c>national/</c>; translations any <c>LANG.yaml</c> under a strategy's <c>translations/</c>.
    /// </summary>
    public static IReadOnlyList<(string Kind, string FileName, Type Root)> All { get; } =
    [
        ("strategy", "strategy.yaml", typeof(Strategy)),
        ("priorities", "priorities.yaml", typeof(PrioritiesFile)),
        ("outcomes", "outcomes.yaml", typeof(OutcomesFile)),
        ("indicators", "indicators.yaml", typeof(IndicatorsFile)),
        ("actions", "actions.yaml", typeof(ActionsFile)),
        ("toolkit", "toolkit.yaml", typeof(Toolkit)),
        ("practice", "practice.yaml", typeof(PracticeFile)),
        ("evidence", "evidence.yaml", typeof(EvidenceFile)),
        ("national", "national/*.yaml", typeof(NationalFile)),
        ("translation", "translations/*.yaml", typeof(TranslationFile)),
    ];
}
