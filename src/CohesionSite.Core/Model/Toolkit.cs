namespace CohesionSite.Core.Model;

/// <summary>A practical toolkit: principles, each with checklist questions and actions to take.</summary>
public sealed record Toolkit : Node
{
    /// <summary>Its title.</summary>
    [Translatable]
    public required string Title { get; init; }

    /// <summary>Its own date, where it has a title page of its own.</summary>
    public PartialDate? Date { get; init; }

    /// <summary>How to use it.</summary>
    [Markdown]
    [Translatable]
    public string? Intro { get; init; }

    /// <summary>What it aims to do.</summary>
    public IReadOnlyList<string> Aims { get; init; } = [];

    /// <summary>The service areas it applies to.</summary>
    public IReadOnlyList<string> ServiceAreas { get; init; } = [];

    /// <summary>The principles, in order.</summary>
    public IReadOnlyList<ToolkitPrinciple> Principles { get; init; } = [];

    /// <summary>The lead-in to the resources list.</summary>
    [Markdown]
    [Translatable]
    public string? ResourcesIntro { get; init; }

    /// <summary>Useful resources and bibliography.</summary>
    public IReadOnlyList<Resource> Resources { get; init; } = [];

    /// <summary>Terms it defines.</summary>
    public IReadOnlyList<Term> Definitions { get; init; } = [];

    /// <summary>Its summary.</summary>
    [Markdown]
    [Translatable]
    public string? Summary { get; init; }

    /// <summary>Where it was captured from.</summary>
    public SourceRef? Source { get; init; }
}

/// <summary>A toolkit principle with its checklist.</summary>
[EntityKind(RefTarget.ToolkitPrinciple)]
public sealed record ToolkitPrinciple : IdentifiedNode
{
    /// <summary>The number the source gives it.</summary>
    public string? Number { get; init; }

    /// <summary>Name.</summary>
    [Translatable]
    public required string Title { get; init; }

    /// <summary>Explanation.</summary>
    [Markdown]
    [Translatable]
    public string? Text { get; init; }

    /// <summary>Checklist questions.</summary>
    public IReadOnlyList<ChecklistQuestion> Questions { get; init; } = [];

    /// <summary>Actions to take.</summary>
    public IReadOnlyList<string> Actions { get; init; } = [];

    /// <summary>Where it was captured from.</summary>
    public SourceRef? Source { get; init; }
}

/// <summary>A checklist question, with guidance where the source gives it.</summary>
public sealed record ChecklistQuestion : Node
{
    /// <summary>The number the source gives it ("i", "ii").</summary>
    public string? Number { get; init; }

    /// <summary>The question.</summary>
    [Translatable]
    public required string Text { get; init; }

    /// <summary>Guidance on answering it.</summary>
    [Markdown]
    public string? Guidance { get; init; }
}

/// <summary>What a resource is.</summary>
public enum ResourceKind
{
    /// <summary>A web link.</summary>
    Link,
    /// <summary>A bibliography entry.</summary>
    Bibliography,
    /// <summary>An organisation.</summary>
    Organisation,
    /// <summary>A document.</summary>
    Document,
}

/// <summary>A useful resource: a link, a publication, an organisation.</summary>
public sealed record Resource : Node
{
    /// <summary>Title or citation.</summary>
    [Translatable]
    public required string Title { get; init; }

    /// <summary>What it is.</summary>
    public ResourceKind Kind { get; init; } = ResourceKind.Link;

    /// <summary>Address (http, https or mailto only).</summary>
    [Pattern("^(https?://|mailto:)\\S+$")]
    public string? Url { get; init; }

    /// <summary>Description.</summary>
    [Translatable]
    public string? Text { get; init; }

    /// <summary>The heading it is listed under.</summary>
    public SourceRef? Source { get; init; }
}

/// <summary>A defined term.</summary>
public sealed record Term : Node
{
    /// <summary>The term.</summary>
    [Translatable]
    public required string Name { get; init; }

    /// <summary>Its definition.</summary>
    [Markdown]
    [Translatable]
    public required string Text { get; init; }
}
