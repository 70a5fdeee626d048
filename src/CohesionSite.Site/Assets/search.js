// Site search over the index built at build time (assets/search-index.js); no server involved.
(function () {
  "use strict";
  var index = window.COHESION_SEARCH || [];
  var form = document.querySelector("form.search");
  var input = document.getElementById("q");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  if (!form || !input || !list || !status) { return; }

  function run(query) {
    var words = query.toLowerCase().split(/\s+/).filter(Boolean);
    list.textContent = "";
    if (!words.length) { status.textContent = ""; return; }
    var hits = [];
    index.forEach(function (e) {
      var title = (e.t || "").toLowerCase();
      var hay = title + " " + (e.x || "").toLowerCase();
      var score = 0;
      for (var i = 0; i < words.length; i++) {
        if (hay.indexOf(words[i]) < 0) { return; }
        score += title.indexOf(words[i]) >= 0 ? 3 : 1;
      }
      hits.push({ e: e, s: score });
    });
    hits.sort(function (a, b) { return b.s - a.s; });
    hits.slice(0, 50).forEach(function (h) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = h.e.u;
      a.textContent = h.e.t;
      li.appendChild(a);
      list.appendChild(li);
    });
    status.textContent = hits.length === 0 ? "No results for " + query
      : hits.length + (hits.length === 1 ? " result" : " results") + " for " + query + (hits.length > 50 ? " (first 50 shown)" : "");
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
    run(input.value);
  });
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) { input.value = initial; run(initial); }
})();
