using System.Globalization;
using System.Reflection;
using System.Text;
using CohesionSite.Rules.Facts;

namespace CohesionSite.Rules.Engine;

/// <summary>
/// A rule's message with <c>{name}</c> placeholders, resolved once at load against the fact type's
/// public properties (case-insensitive), so an unknown placeholder is a rule error, not a blank.
/// </summary>
internal sealed class MessageTemplate
{
    /// <summary>The placeholder for the number of members a finding lists (rules with <c>members</c>).</summary>
    public const string MemberCount = "memberCount";

    // Stands for {memberCount} in the parts: the count is known only when the rule fires.
    private static readonly Func<Fact, object?> CountOfMembers = _ => null;

    // One builder per thread, reused across findings (sessions run in parallel): a fresh builder
    // per message was a share of evaluation at 100k findings. Dropped when a message made it large.
    [ThreadStatic]
    private static StringBuilder? CachedBuilder;

    private readonly (string Text, Func<Fact, object?>? Get)[] _parts;

    private MessageTemplate((string, Func<Fact, object?>?)[] parts) => _parts = parts;

    /// <summary>Parses <paramref name="template"/> for <paramref name="factType"/> (a rule parameter's placeholder becomes its value); throws <see cref="RuleSandboxException"/> naming an unknown placeholder.</summary>
    public static MessageTemplate Parse(string template, Type factType, IEnumerable<(string Name, int Value)> parameters)
    {
        var parts = new List<(string, Func<Fact, object?>?)>();
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                parts.Add((template[i..], null));
                break;
            }

            var close = template.IndexOf('}', open + 1);
            if (close < 0)
            {
                throw new RuleSandboxException($"message has an unclosed '{{' at position {open + 1}");
            }

            if (open > i)
            {
                parts.Add((template[i..open], null));
            }

            var name = template[(open + 1)..close];
            if (parameters.FirstOrDefault(p => p.Name == name) is { Name: not null } parameter)
            {
                parts.Add((parameter.Value.ToString(CultureInfo.InvariantCulture), null));
                i = close + 1;
                continue;
            }

            if (name == MemberCount)
            {
                parts.Add((name, CountOfMembers));
                i = close + 1;
                continue;
            }

            var property = factType.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)
                ?? throw new RuleSandboxException($"message placeholder '{{{name}}}' is not a property of {factType.Name}; known: {string.Join(", ", factType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..]).Order(StringComparer.Ordinal))}");
            parts.Add((name, Getter(factType, property)));
            i = close + 1;
        }

        return new MessageTemplate(parts.ToArray());
    }

    /// <summary>The message for one fact (<c>{memberCount}</c>: how many members the finding lists).</summary>
    public string Render(Fact fact, int memberCount = 0)
    {
        var sb = CachedBuilder ?? new StringBuilder(256);
        CachedBuilder = null;
        foreach (var (text, get) in _parts)
        {
            sb.Append(get is null ? text : ReferenceEquals(get, CountOfMembers) ? Format(memberCount) : Format(get(fact)));
        }

        var message = sb.ToString();
        if (sb.Capacity <= 4096)
        {
            sb.Clear();
            CachedBuilder = sb;
        }

        return message;
    }

    // A compiled getter: reflection's GetValue per finding is measurable at 100k findings.
    private static Func<Fact, object?> Getter(Type factType, PropertyInfo property)
    {
        var fact = System.Linq.Expressions.Expression.Parameter(typeof(Fact), "fact");
        var body = System.Linq.Expressions.Expression.Convert(
            System.Linq.Expressions.Expression.Property(System.Linq.Expressions.Expression.Convert(fact, factType), property), typeof(object));
        return System.Linq.Expressions.Expression.Lambda<Func<Fact, object?>>(body, fact).Compile();
    }

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        bool b => b ? "yes" : "no",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
