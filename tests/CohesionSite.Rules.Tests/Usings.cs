global using CohesionSite.Core.Findings;
global using CohesionSite.Rules.Engine;
