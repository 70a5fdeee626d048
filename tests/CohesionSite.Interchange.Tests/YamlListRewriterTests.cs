using CohesionSite.Core.Model;
using CohesionSite.Interchange.Yaml;

namespace CohesionSite.Interchange.Tests;

/// <summary>The rewrite keeps every byte it does not need to change, and says what it could not keep.</summary>
public sealed class YamlListRewriterTests
{
    private const string File = """
        # yaml-language-server: $schema=../../schemas/actions.schema.json
        # Header comment kept as is.
        plan:
          state: present   # the plan is in the document
        actions:
          # first action
          - id: 1.1.1
            text: Engage with schools
            priority: '1.1'
            leads: [walsall-council]   # agreed in June
            status: in-progress
          - id: 1.1.2
            text: Hold an event
            # a comment inside the milestones
            milestones:
              - text: Event held
                due: "2009-08"

        """;

    private static readonly ActionItem First = new() { Id = "1.1.1", Text = "Engage with schools", Priority = "1.1", Leads = ["walsall-council"], Status = ActionStatus.InProgress };
    private static readonly ActionItem Second = new() { Id = "1.1.2", Text = "Hold an event", Milestones = [new Milestone { Text = "Event held", Due = Date("2009-08") }] };

    [Fact]
    public void Rewrite_SameItems_ReturnsTheFileUnchanged()
    {
        var result = YamlListRewriter.Rewrite(File, "actions", [First, Second], "a.yaml", "", "action");
        Assert.Equal(File, result.Text);
        Assert.Empty(result.Notes);
        Assert.Equal((0, 0, 0), result.Changed);
    }

    [Fact]
    public void Rewrite_OneFieldChanged_RewritesOnlyThatLineAndKeepsKeyOrderAndComments()
    {
        var result = YamlListRewriter.Rewrite(File, "actions", [First with { Rag = Rag.Amber, Status = ActionStatus.Complete }, Second], "a.yaml", "", "action");
        Assert.Equal(File.Replace("    status: in-progress\n", "    status: complete\n    rag: amber\n"), result.Text);
        Assert.Empty(result.Notes);
        Assert.Equal((0, 1, 0), result.Changed);
    }

    [Fact]
    public void Rewrite_FieldWithAComment_SaysTheCommentIsLost()
    {
        var result = YamlListRewriter.Rewrite(File, "actions", [First with { Leads = ["walsall-college"] }, Second], "a.yaml", "", "action");
        Assert.Contains("    leads:\n      - walsall-college\n    status: in-progress\n", result.Text);
        Assert.Equal("a.yaml:10: the comments in 'leads' of action 1.1.1 could not be kept (the field was rewritten)", Assert.Single(result.Notes));
    }

    [Fact]
    public void Rewrite_ItemAddedAndRemoved_AppendsInSheetOrderAndReportsLostComments()
    {
        var added = new ActionItem { Id = "1.1.3", Text = "Review: funding", Priority = "1.1", Milestones = [new Milestone { Text = "Review done", Due = Date("2008-12") }] };
        var result = YamlListRewriter.Rewrite(File, "actions", [First, added], "a.yaml", "", "action");
        Assert.EndsWith("""
                status: in-progress
              - id: 1.1.3
                text: 'Review: funding'
                priority: '1.1'
                milestones:
                  - text: Review done
                    due: "2008-12"

            """, result.Text);
        Assert.StartsWith(File[..File.IndexOf("  - id: 1.1.2", StringComparison.Ordinal)], result.Text);
        Assert.Equal("a.yaml:12: action 1.1.2 was removed, with the comments inside it", Assert.Single(result.Notes));
        Assert.Equal((1, 0, 1), result.Changed);
    }

    [Fact]
    public void Rewrite_EmptyInlineList_BecomesABlockList()
    {
        var text = "plan:\n  state: present\nactions: []\n";
        var result = YamlListRewriter.Rewrite(text, "actions", [Second], "a.yaml", "", "action");
        Assert.Equal("plan:\n  state: present\nactions:\n  - id: 1.1.2\n    text: Hold an event\n    milestones:\n      - text: Event held\n        due: \"2009-08\"\n", result.Text);
    }

    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("1.1", "'1.1'")]
    [InlineData("true", "'true'")]
    [InlineData("2008-11", "'2008-11'")]
    [InlineData("it's: here", "'it''s: here'")]
    [InlineData("# not a comment", "'# not a comment'")]
    [InlineData("tab\tinside", "\"tab\\tinside\"")]
    public void Text_ValuesYamlWouldMisread_AreQuoted(string value, string expected) =>
        Assert.Equal(expected, YamlEmitter.Text(value));

    private static PartialDate Date(string text) => PartialDate.TryParse(text, out var d) ? d : throw new ArgumentException(text);
}
