// Progressive enhancement of the districts list and the search page: filters by theme,
// commune and status, and (on the search page) by words, using the build-time index.
// Without this script, every item stays listed.
(function () {
  "use strict";
  var form = document.querySelector("form[data-filter]");
  if (!form) return;
  var list = document.querySelector("[data-filtered]");
  var count = document.querySelector("[data-count]");
  var none = document.querySelector(".no-results");
  var words = {};
  var params = new URLSearchParams(window.location.search);

  function fold(s) {
    return (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function value(name) {
    var el = form.elements[name];
    return el ? el.value : "";
  }
  function has(list, id) {
    return !id || (" " + list + " ").indexOf(" " + id + " ") !== -1;
  }
  function apply() {
    var q = fold(value("q")).split(/\s+/).filter(Boolean);
    var theme = value("theme"), commune = value("commune"), status = value("status");
    var shown = 0;
    Array.prototype.forEach.call(list.children, function (li) {
      var text = words[li.getAttribute("data-id")] || fold(li.textContent);
      var ok = has(li.getAttribute("data-themes"), theme) &&
        has(li.getAttribute("data-commune"), commune) &&
        (!status || li.getAttribute("data-status") === status) &&
        q.every(function (w) { return text.indexOf(w) !== -1; });
      li.hidden = !ok;
      if (ok) shown++;
    });
    if (count) count.textContent = String(shown);
    if (none) none.hidden = shown !== 0;
  }
  ["q", "theme", "commune", "status"].forEach(function (name) {
    var el = form.elements[name];
    if (!el) return;
    if (params.has(name)) el.value = params.get(name);
    el.addEventListener("input", apply);
    el.addEventListener("change", apply);
  });
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
  var index = form.getAttribute("data-index");
  if (index) {
    fetch(index).then(function (r) { return r.json(); }).then(function (items) {
      items.forEach(function (it) { words[it.id] = fold(it.text); });
      apply();
    }).catch(apply);
  } else {
    apply();
  }
})();
