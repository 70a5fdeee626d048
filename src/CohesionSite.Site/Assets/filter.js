// Adds filters to the action plan. Without this script the table is complete: nothing is hidden.
(function () {
  "use strict";
  var box = document.getElementById("action-filter");
  var table = document.getElementById("actions-table");
  if (!box || !table) { return; }
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);

  function distinct(attr) {
    var seen = [];
    rows.forEach(function (r) {
      var v = r.getAttribute(attr);
      if (v && seen.indexOf(v) < 0) { seen.push(v); }
    });
    return seen.sort();
  }

  function field(id, labelText, control) {
    var wrap = document.createElement("div");
    var label = document.createElement("label");
    label.htmlFor = id;
    label.textContent = labelText;
    control.id = id;
    wrap.appendChild(label);
    wrap.appendChild(control);
    box.appendChild(wrap);
    return control;
  }

  // A filter is offered only for values the plan has, and only when it has two or more: a
  // choice between "All" and the one value every row carries filters nothing.
  function select(id, labelText, values) {
    if (values.length < 2) { return null; }
    var s = document.createElement("select");
    var all = document.createElement("option");
    all.value = "";
    all.textContent = "All";
    s.appendChild(all);
    values.forEach(function (v) {
      var o = document.createElement("option");
      o.value = v;
      o.textContent = v;
      s.appendChild(o);
    });
    return field(id, labelText, s);
  }

  var text = document.createElement("input");
  text.type = "search";
  text.autocomplete = "off";
  field("filter-text", "Contains text", text);
  var status = select("filter-status", "Status", distinct("data-status"));
  var rag = select("filter-rag", "RAG rating", distinct("data-rag"));
  var count = document.createElement("p");
  count.id = "filter-count";
  count.setAttribute("role", "status");
  count.setAttribute("aria-live", "polite");
  box.appendChild(count);
  box.hidden = false;

  function apply() {
    var q = text.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (r) {
      var ok = (!q || r.textContent.toLowerCase().indexOf(q) >= 0)
        && (!status || !status.value || r.getAttribute("data-status") === status.value)
        && (!rag || !rag.value || r.getAttribute("data-rag") === rag.value);
      r.hidden = !ok;
      if (ok) { shown++; }
    });
    count.textContent = "Showing " + shown + " of " + rows.length + " actions";
  }

  text.addEventListener("input", apply);
  if (status) { status.addEventListener("change", apply); }
  if (rag) { rag.addEventListener("change", apply); }
  apply();
})();
