// Full-text site search over the index built at build time; no server involved. Only the counts and
// places (assets/search-index.js) load with the page; a query loads the word shards of its own words
// (assets/search/terms-XX.js) and the entry chunks of the results it shows (assets/search/entries-N.js).
// Words are cut as SearchTerms.Words does at build time: lower case, runs of 2+ letters/digits.
(function () {
  "use strict";
  var index = window.COHESION_SEARCH || { count: 0, chunk: 64, places: [] };
  var form = document.querySelector("form.search");
  var input = document.getElementById("q");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var script = document.querySelector("script[src$='search.js']");
  if (!form || !input || !list || !status || !script) { return; }
  var noScript = document.getElementById("search-no-script");
  if (noScript) { noScript.hidden = true; }
  var base = script.getAttribute("src").replace(/search\.js$/, "search/");
  var SHOWN = 20, CHUNK = index.chunk;

  // The messages are the page's own (data-… of the form, from the site's strings in the page's
  // language): {0}, {1} … are filled from the arguments.
  function say(name) {
    var args = arguments;
    return (form.getAttribute("data-" + name) || "").replace(/\{(\d)\}/g, function (m, i) { return args[+i + 1]; });
  }
  // The plural category of a count in the page's language (CLDR, as the strings files use).
  var rules = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang || "en") : null;
  function plural(n) {
    var category = rules ? rules.select(n) : (n === 1 ? "one" : "other");
    return form.hasAttribute("data-results-" + category) ? category : "other";
  }

  function fold(text) {
    return text.toLowerCase();
  }
  function words(text) {
    return (fold(text).match(/[\p{L}\p{Nd}]{2,}/gu) || []).filter(function (w, i, a) { return a.indexOf(w) === i; });
  }
  function shardOf(word) { return /^[a-z0-9]{2}/.test(word) ? word.slice(0, 2) : "other"; }

  var loading = {};
  function load(file) {
    if (!loading[file]) {
      loading[file] = new Promise(function (resolve) {
        var s = document.createElement("script");
        s.src = base + file;
        // A missing shard means no word starts with those letters: an empty result, not an error.
        s.onload = s.onerror = function () { resolve(); };
        document.head.appendChild(s);
      });
    }
    return loading[file];
  }

  // Entries holding a word that starts with `term`, as a set of entry numbers.
  function matches(term) {
    var shard = (window.COHESION_SEARCH_TERMS || {})[shardOf(term)] || {};
    var found = {};
    Object.keys(shard).forEach(function (word) {
      if (word.lastIndexOf(term, 0) !== 0) { return; }
      var n = 0;
      shard[word].forEach(function (gap) { n += gap; found[n] = true; });
    });
    return found;
  }

  function snippet(text, terms) {
    var lower = fold(text), at = -1, len = 0;
    terms.forEach(function (t) {
      var i = lower.indexOf(t);
      if (i >= 0 && (at < 0 || i < at)) { at = i; len = t.length; }
    });
    var p = document.createElement("p");
    p.className = "snippet";
    if (at < 0) { p.textContent = text.slice(0, 180) + (text.length > 180 ? "…" : ""); return p; }
    var from = Math.max(0, at - 80), to = Math.min(text.length, at + len + 100);
    p.appendChild(document.createTextNode((from > 0 ? "…" : "") + text.slice(from, at)));
    var mark = document.createElement("mark");
    mark.textContent = text.slice(at, at + len);
    p.appendChild(mark);
    p.appendChild(document.createTextNode(text.slice(at + len, to) + (to < text.length ? "…" : "")));
    return p;
  }

  function show(query, hits, terms) {
    list.textContent = "";
    status.textContent = hits.length === 0 ? say("none", query)
      : say("results-" + plural(hits.length), String(hits.length), query) + (hits.length > SHOWN ? " " + say("first-shown", String(SHOWN)) : "");
    var shown = hits.slice(0, SHOWN);
    var chunks = shown.map(function (n) { return Math.floor(n / CHUNK); }).filter(function (c, i, a) { return a.indexOf(c) === i; });
    return Promise.all(chunks.map(function (c) { return load("entries-" + c + ".js"); })).then(function () {
      var loaded = window.COHESION_SEARCH_ENTRIES || {};
      shown.forEach(function (n) {
        var e = (loaded[Math.floor(n / CHUNK)] || [])[n % CHUNK];
        if (!e) { return; }
        var li = document.createElement("li"), a = document.createElement("a");
        a.href = e.u;
        a.textContent = e.t;
        li.appendChild(a);
        var where = index.places[e.p];
        if (where && e.t.indexOf(where) < 0) {
          var place = document.createElement("p");
          place.className = "note";
          place.textContent = where;
          li.appendChild(place);
        }
        li.appendChild(snippet(e.x || "", terms));
        list.appendChild(li);
      });
    });
  }

  function run(query) {
    var terms = words(query);
    list.textContent = "";
    if (!terms.length) { status.textContent = query.trim() ? say("too-short") : ""; return Promise.resolve(); }
    status.textContent = say("searching");
    var shards = terms.map(shardOf).filter(function (k, i, a) { return a.indexOf(k) === i; });
    return Promise.all(shards.map(function (k) { return load("terms-" + k + ".js"); })).then(function () {
      var sets = terms.map(matches);
      var hits = [];
      Object.keys(sets[0]).forEach(function (key) {
        if (sets.every(function (s) { return s[key]; })) { hits.push(+key); }
      });
      // In the index's order: pages first, then the actions, priorities and indicators they hold.
      hits.sort(function (a, b) { return a - b; });
      return show(query, hits, terms);
    });
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
    run(input.value);
  });
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) { input.value = initial; run(initial); }
})();
