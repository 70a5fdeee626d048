namespace CohesionSite.Preview;

/// <summary>The preview-only files under <c>/__cohesion/</c>: the reload script and the error overlay's styles.</summary>
public static class PreviewAssets
{
    /// <summary>The URL prefix of preview-only endpoints (outside LinkRoot, never part of the published site).</summary>
    public const string Prefix = "/__cohesion/";

    /// <summary>The event stream.</summary>
    public const string Events = Prefix + "events";

    /// <summary>The reload script.</summary>
    public const string ReloadScript = Prefix + "reload.js";

    /// <summary>The overlay's stylesheet.</summary>
    public const string OverlayCss = Prefix + "overlay.css";

    /// <summary>
    /// Listens for rebuilds; reloads when this page changed, when every page did (errors appeared or
    /// went, a full rebuild), or when the page is older than the build the server has now.
    /// </summary>
    public const string ReloadJs = """
        (function () {
          "use strict";
          var me = document.currentScript;
          var version = me ? Number(me.getAttribute("data-version")) : NaN;
          if (!window.EventSource) { return; }
          var path = window.location.pathname;
          var events = new EventSource("/__cohesion/events");
          events.addEventListener("hello", function (e) {
            var d = JSON.parse(e.data);
            if (!isNaN(version) && d.version !== version) { window.location.reload(); }
          });
          events.addEventListener("reload", function (e) {
            var d = JSON.parse(e.data);
            if (d.all || d.paths.indexOf(path) >= 0) { window.location.reload(); }
            else { version = d.version; }
          });
        })();

        """;

    /// <summary>A fixed panel over the page; readable without JavaScript and in print.</summary>
    public const string Css = """
        .cohesion-overlay { position: fixed; inset: auto 0 0 0; max-height: 60vh; overflow: auto; z-index: 2147483647;
          margin: 0; padding: 1rem 1.5rem; background: #fff; color: #0b0c0c; border-top: 6px solid #b10e1e;
          box-shadow: 0 -4px 16px rgba(0,0,0,.3); font: 1rem/1.4 system-ui, sans-serif; }
        .cohesion-overlay h2 { margin: 0 0 .5rem; font-size: 1.25rem; color: #b10e1e; }
        .cohesion-overlay ul { margin: .5rem 0 0; padding-left: 1.25rem; }
        .cohesion-overlay li { font-family: ui-monospace, monospace; white-space: pre-wrap; word-break: break-word; margin: .25rem 0; }

        """;
}
