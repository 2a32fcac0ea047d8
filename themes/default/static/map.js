// The map of the districts, enhanced: the districts list's filters (theme, commune, status,
// edition) hide the markers they exclude, on the interactive map too once it is open, and the
// interactive map is loaded on request only:
// nothing is asked from the tile server (nor Leaflet loaded) before the visitor presses the
// button. Its markers are the static map's links. Without this script the map works as drawn.
(function () {
  "use strict";
  var fig = document.querySelector("figure[data-map]");
  if (!fig) return;
  var markers = fig.querySelectorAll("[data-map-markers] > li");
  var form = document.querySelector("form[data-search]");

  function has(list, id) {
    return !id || (" " + (list || "") + " ").indexOf(" " + id + " ") !== -1;
  }
  function value(name) {
    var el = form && form.elements[name];
    return el && el.type !== "hidden" ? el.value : "";
  }
  // The interactive map and its markers, each with its static marker, once shown.
  var live = null, liveMarkers = [];
  // A commune's marker (many districts) follows the commune filter only.
  function filter() {
    var theme = value("theme"), commune = value("commune"), status = value("status"), edition = value("edition");
    Array.prototype.forEach.call(markers, function (li) {
      var group = li.getAttribute("data-shape") === "group";
      li.hidden = !(has(li.getAttribute("data-commune"), commune) &&
        (group || (has(li.getAttribute("data-themes"), theme) &&
          (!status || li.getAttribute("data-status") === status) &&
          has(li.getAttribute("data-editions"), edition))));
    });
    syncLive();
  }
  // The interactive map shows the markers the static map shows.
  function syncLive() {
    if (!live) return;
    liveMarkers.forEach(function (m) {
      if (m[0].hidden) live.removeLayer(m[1]);
      else if (!live.hasLayer(m[1])) m[1].addTo(live);
    });
  }
  if (form) {
    form.addEventListener("change", filter);
    form.addEventListener("input", filter);
    window.addEventListener("popstate", function () { setTimeout(filter, 0); });
    filter();
  }

  var offer = document.querySelector("[data-map-offer]");
  if (!offer || !fig.hasAttribute("data-tiles")) return;
  offer.hidden = false;
  var button = offer.querySelector("[data-map-open]");
  button.addEventListener("click", function () {
    button.disabled = true;
    var base = fig.getAttribute("data-static") + "leaflet/";
    var css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = base + "leaflet.css";
    document.head.appendChild(css);
    var script = document.createElement("script");
    script.src = base + "leaflet.js";
    script.onload = show;
    script.onerror = function () { button.disabled = false; };
    document.head.appendChild(script);
  });

  function show() {
    var L = window.L;
    var box = document.createElement("div");
    box.className = "map-live";
    box.setAttribute("role", "region");
    box.setAttribute("aria-label", fig.getAttribute("data-label"));
    offer.parentNode.replaceChild(box, offer);
    var maxZoom = Number(fig.getAttribute("data-max-zoom")) || 18;
    var map = L.map(box, { maxZoom: maxZoom });
    map.attributionControl.setPrefix(false);
    // The attribution is text: escaped before Leaflet writes it as HTML.
    var attribution = document.createElement("span");
    attribution.textContent = fig.getAttribute("data-attribution");
    L.tileLayer(fig.getAttribute("data-tiles"), { maxZoom: maxZoom, attribution: attribution.innerHTML }).addTo(map);
    var points = [];
    Array.prototype.forEach.call(markers, function (li) {
      var at = [Number(li.getAttribute("data-lat")), Number(li.getAttribute("data-lon"))];
      var icon = L.divIcon({ className: "map-live-icon", html: li.querySelector("a").cloneNode(true), iconSize: [26, 26], iconAnchor: [13, 13] });
      liveMarkers.push([li, L.marker(at, { icon: icon, keyboard: false, interactive: false })]);
      points.push(at);
    });
    live = map;
    syncLive();
    if (points.length) map.fitBounds(points, { padding: [30, 30], maxZoom: 15 });
    else map.setView([0, 0], 2);
  }
})();
