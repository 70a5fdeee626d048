namespace CohesionSite.Site.Output;

/// <summary>What a cohesion command writes into an output folder; recorded in the folder's marker so one command never replaces another's output.</summary>
public enum OutputKind
{
    /// <summary>A built site (<c>cohesion build</c>).</summary>
    Site,

    /// <summary>A synthetic workspace (<c>cohesion generate</c>).</summary>
    Generated,
}
