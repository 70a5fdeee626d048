using System.Text.RegularExpressions;
using CohesionSite.Core.Findings;
using CohesionSite.Core.Model;

namespace CohesionSite.Rules.Facts;

/// <summary>
/// One passage of the strategy's own prose (a Markdown field: a section, a narrative, a commitment …;
/// never our capture notes), with what a reader of the published page would trip over: placeholder
/// or draft text left in, and things "to be agreed" with no date by which. Target <c>OWNER/field</c>.
/// </summary>
public sealed partial class TextFact : Fact
{
    internal TextFact(RuleContext context, Node owner, string ownerId, string field, string text)
        : base(context, owner, $"{ownerId}/{field}", $"{ownerId} ({field})")
    {
        _field = field;
        Field = field;
        Owner = ownerId;
        Placeholder = Placeholders().Match(text) is { Success: true } p ? p.Value.Trim() : string.Empty;
        UndatedToBeAgreed = Sentences(text).FirstOrDefault(s => ToBeAgreed().IsMatch(s) && !Dated().IsMatch(s))?.Trim() ?? string.Empty;
    }

    private readonly string _field;

    /// <inheritdoc/>
    public override TargetKind TargetKind => TargetKind.Text;

    /// <summary>The YAML field holding the passage (<c>text</c>, <c>narrative</c> …).</summary>
    public string Field { get; }

    /// <summary>The entity the passage belongs to (its id, or the strategy id).</summary>
    public string Owner { get; }

    /// <summary>Placeholder or draft wording left in the published text ("add link", "hyperlink xxxx", an empty or <c>#</c> link, "TBC", "DRAFT"), empty when none.</summary>
    public string Placeholder { get; }

    /// <summary>The first sentence that leaves something "to be agreed" / "to be determined" without saying by when, empty when none.</summary>
    public string UndatedToBeAgreed { get; }

    /// <inheritdoc/>
    internal override SourceMark MarkOf(string? field) => Node.MarkOf(_field);

    private static IEnumerable<string> Sentences(string text) => SentenceEnd().Split(text);

    // "draft" in a sentence is a word; DRAFT, TBC and TBA in capitals are stamps left on the page.
    [GeneratedRegex(@"\(add link\)|\badd link\b|hyperlink\s+x{3,}|\bx{4,}\b|\[[^\]]*\]\((#?)\)|(?-i:\bTBC\b|\bTBA\b|\bDRAFT\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Placeholders();

    [GeneratedRegex(@"\b(to be|will be|need to be|needs to be|still to be) (agreed|determined|decided|confirmed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ToBeAgreed();

    [GeneratedRegex(@"\b(by|in|before|from|until|during)\s+(January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter|the end of)\b|\b(19|20)\d\d\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Dated();

    [GeneratedRegex(@"(?<=[.!?;])\s+|\n\s*\n|\n\s*[-*]\s")]
    private static partial Regex SentenceEnd();
}
