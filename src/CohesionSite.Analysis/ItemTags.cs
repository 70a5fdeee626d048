namespace CohesionSite.Analysis;

/// <summary>
/// What one action (or commitment) is effectively tagged with, the one reading every host shares:
/// its priority and that node's ancestors; the outcomes it names or its priority path aims at; the
/// principles it names or that point at one of those outcomes; the values and groups it names; and
/// the national framework items it names, its priority path carries or its principles correspond to.
/// The predicates are what coverage, the rule joins and the site's matrix ask, so none of them
/// works the tags out again.
/// </summary>
public sealed class ItemTags
{
    internal ItemTags(string[] priorityPath, string[] outcomes, string[] principles, string[] values, string[] groups, string[] national)
    {
        PriorityPath = priorityPath;
        Outcomes = outcomes;
        Principles = principles;
        Values = values;
        Groups = groups;
        National = national;
    }

    /// <summary>Tags of something that carries none.</summary>
    public static ItemTags None { get; } = new([], [], [], [], [], []);

    /// <summary>The priority it delivers and that node's ancestors, nearest first.</summary>
    public IReadOnlyList<string> PriorityPath { get; }

    /// <summary>Outcomes it serves: named, or aimed at by its priority path (or naming a node of it).</summary>
    public IReadOnlyList<string> Outcomes { get; }

    /// <summary>Principles it addresses: named, or pointing at an outcome it serves.</summary>
    public IReadOnlyList<string> Principles { get; }

    /// <summary>Shared values it promotes (named).</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>Groups it names.</summary>
    public IReadOnlyList<string> Groups { get; }

    /// <summary>National framework items (<c>framework/item</c>) it is tagged with, directly or through its priority path or principles.</summary>
    public IReadOnlyList<string> National { get; }

    /// <summary>True when its priority is <paramref name="id"/> or a node below it (an action on 1.1 is an action of theme 1 too).</summary>
    public bool UnderPriority(string id) => Has(PriorityPath, id);

    /// <summary>True when it serves the outcome.</summary>
    public bool ServesOutcome(string id) => Has(Outcomes, id);

    /// <summary>True when it serves any of the outcomes.</summary>
    public bool ServesAnyOutcome(IReadOnlyList<string> ids)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (ServesOutcome(ids[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when it addresses the principle.</summary>
    public bool AddressesPrinciple(string id) => Has(Principles, id);

    /// <summary>True when it promotes the shared value.</summary>
    public bool PromotesValue(string id) => Has(Values, id);

    /// <summary>True when it reaches the group: names it, or is tagged with the national item the group is (<paramref name="nationalRef"/>, empty when none).</summary>
    public bool ReachesGroup(string id, string nationalRef) => Has(Groups, id) || Tagged(nationalRef);

    /// <summary>True when it is tagged with the national framework item.</summary>
    public bool Tagged(string item) => item.Length > 0 && Has(National, item);

    /// <summary>True when it falls in the framework-matrix cell (tagged with both items).</summary>
    public bool FillsCell(string row, string column) => Tagged(row) && Tagged(column);

    // Tag lists are short (a handful of ids): a linear ordinal scan beats hashing here, and rule
    // joins call these once per fact pair.
    private static bool Has(IReadOnlyList<string> list, string id)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
