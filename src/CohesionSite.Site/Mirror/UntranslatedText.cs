using System.Reflection;
using CohesionSite.Core.Model;

namespace CohesionSite.Site.Mirror;

/// <summary>
/// The text a mirror shows in the original language and marks as such: the fields its strategies'
/// translations lack, every readable field of the strategies it does not translate (the home,
/// status and national pages quote them), and the national layer, which is published in one language.
/// </summary>
internal static class UntranslatedText
{
    /// <summary>The texts, for whole-string matching in element content.</summary>
    public static IEnumerable<string> Of(IEnumerable<string> missing, IEnumerable<StrategyContent> untranslatedStrategies, NationalSet national) =>
        missing
            .Concat(untranslatedStrategies.SelectMany(s => TranslatableFields.Of(s).Select(f => f.Text)))
            .Concat(national.Definitions.Cast<Node>().Concat(national.Frameworks).Concat(national.Indicators).SelectMany(Texts))
            .Where(IsWords);

    // Every string a national node holds, its children's included (the national model marks no field translatable: none is).
    private static IEnumerable<string> Texts(Node node)
    {
        foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            switch (property.GetValue(node))
            {
                case string s:
                    yield return s;
                    break;
                case IEnumerable<string> items:
                    foreach (var item in items)
                    {
                        yield return item;
                    }

                    break;
                case Node child:
                    foreach (var s in Texts(child))
                    {
                        yield return s;
                    }

                    break;
                case IEnumerable<Node> children:
                    foreach (var s in children.SelectMany(Texts))
                    {
                        yield return s;
                    }

                    break;
            }
        }
    }

    // Words, not an id, code or number: those read the same in any language, and a bare number on a
    // Welsh page must not be marked English because some field happens to hold it.
    private static bool IsWords(string s) =>
        s.Any(char.IsLetter) && s.Any(char.IsWhiteSpace) || s.Length > 3 && s.Any(char.IsUpper) && s.Skip(1).Any(char.IsLower) && !s.Contains('-');
}
