using System.Text;

namespace CohesionSite.Content.Shapes;

/// <summary>How C# names become YAML keys and enum values.</summary>
public static class Naming
{
    /// <summary><c>OwnerPartners</c> → <c>ownerPartners</c>.</summary>
    public static string Camel(string name) =>
        name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary><c>NotStarted</c> → <c>not-started</c>.</summary>
    public static string Kebab(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    sb.Append('-');
                }

                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
