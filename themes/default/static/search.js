// Search over the static index of /<lang>/search/ (written by `wijk build`): meta.json (chunk
// boundaries, stop words, facets, one row of facet values per document), dictionary chunks
// t/<n>.json fetched for the words of a query, and bundles of neighbouring documents f/<n>.json
// (meta.bundles: how many each holds) fetched only for
// the results shown. Words are split and folded as the index's were (src/render/search/tokens.rs);
// stems are found in the index: a word the texts hold leads to its stem, another one to the
// longest stem it starts with ("composter" -> "compost"); the last word is also a prefix while
// typing. Every word must match; a "quoted phrase" is checked against the text of each
// candidate in rank order, as far as the results shown need (a page at a time).
// Results and counts are built as DOM nodes (text nodes and <mark>), never from HTML strings.
(function () {
  "use strict";
  var form = document.querySelector("form[data-search]");
  if (!form || !window.fetch || !window.URLSearchParams) return;
  var FACETS = ["kind", "theme", "commune", "status", "edition"];
  var PAGE = 10;
  var SEP = "[ .\\u00a0\\u202f\\u2009]";
  var NUMBER = new RegExp("(^|[^\\p{L}\\p{N}])(\\d{1,3}(?:" + SEP + "\\d{3}(?![\\p{L}\\p{N}]))+)", "gu");
  var WORD = /[\p{L}\p{N}]+/gu;
  var FOLD = { "œ": "oe", "æ": "ae", "ß": "ss", "ĳ": "ij", "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŧ": "t", "ŀ": "l" };
  var fixedKind = form.getAttribute("data-kind");
  var base = form.getAttribute("data-index").replace(/meta\.json$/, "");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var replaced = document.querySelector("[data-replaced-by-search]");
  // A phrase search checks at most this many candidates per page of results shown (each check
  // needs one document's text, in a bundle of neighbours of at most 24 KB).
  var CHECKS = 20;
  var meta = null, chunks = {}, bundles = {}, starts = [], run = 0, timer = 0, shown = 0, order = [], terms = [];
  // Candidates not yet checked against the phrases, in rank order, and the phrases.
  var pending = [], phrases = [];

  function fold(s) {
    return s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[œæßĳıłøđħŧŀ]/g, function (c) { return FOLD[c]; });
  }
  // The words of a text, lower-cased and folded, digit groups of one number joined.
  function words(s) {
    var joined = s.replace(NUMBER, function (m, pre, num) { return pre + num.replace(new RegExp(SEP, "g"), ""); });
    return (joined.toLowerCase().match(WORD) || []).map(fold);
  }
  function skipped(w) {
    return (w.length === 1 && /\p{L}/u.test(w)) || meta.stop.indexOf(w) !== -1;
  }
  function get(url, cache, key) {
    if (!cache[key]) {
      cache[key] = fetch(base + url + "?v=" + meta.version).then(function (r) {
        if (!r.ok) throw new Error(r.status + " " + url);
        return r.json();
      });
    }
    return cache[key];
  }
  function chunkOf(key) {
    var lo = 0, hi = meta.chunks.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (meta.chunks[mid] <= key) lo = mid; else hi = mid - 1;
    }
    return lo;
  }
  function chunk(i) { return get("t/" + i + ".json", chunks, i); }
  // The entry [key, postings, redirects] of a key, or null.
  function entry(key) {
    return chunk(chunkOf(key)).then(function (c) {
      var lo = 0, hi = c.length - 1;
      while (lo <= hi) {
        var mid = (lo + hi) >> 1;
        if (c[mid][0] === key) return c[mid];
        if (c[mid][0] < key) lo = mid + 1; else hi = mid - 1;
      }
      return null;
    });
  }
  // Postings "gap*2+weighted" in base 36 -> {doc: weight}.
  function postings(s, weight, into) {
    if (!s) return;
    var doc = -1;
    s.split(",").forEach(function (p) {
      var n = parseInt(p, 36);
      doc += n >> 1;
      var w = weight * (n & 1 ? 3 : 1);
      if (!(into[doc] >= w)) into[doc] = w;
    });
  }
  // The stems a whole word stands for: itself, where the texts have it, or the longest stem it
  // starts with.
  function stemsOf(w) {
    return entry(w).then(function (e) {
      var stems = [];
      if (e && e[1]) stems.push(w);
      if (e && e[2]) stems = stems.concat(e[2].split(" "));
      if (stems.length || w.length < 5) return stems;
      var tries = [];
      for (var n = w.length - 1; n >= Math.max(4, Math.ceil(w.length * 0.6)); n--) tries.push(w.slice(0, n));
      return Promise.all(tries.map(entry)).then(function (es) {
        for (var i = 0; i < es.length; i++) if (es[i] && es[i][1]) return [tries[i]];
        return [];
      });
    });
  }
  // The chunks that hold the keys starting with w (at most three).
  function prefixChunks(w) {
    var first = chunkOf(w), last = Math.min(chunkOf(w + "\uffff"), first + 2), ids = [];
    for (var i = first; i <= last; i++) ids.push(i);
    return ids;
  }
  // Keys starting with w (at most three chunks), with the stems they lead to.
  function prefixed(w) {
    return Promise.all(prefixChunks(w).map(chunk)).then(function (cs) {
      var out = [];
      cs.forEach(function (c) {
        c.forEach(function (e) { if (e[0].lastIndexOf(w, 0) === 0) out.push(e); });
      });
      return out.slice(0, 300);
    });
  }
  // {doc: score} for one query word.
  function match(w, prefix) {
    var hits = {};
    var exact = stemsOf(w).then(function (stems) {
      stems.forEach(function (s) { terms.push(s); });
      return Promise.all(stems.map(entry)).then(function (es) {
        es.forEach(function (e) { if (e) postings(e[1], 2, hits); });
      });
    });
    var more = !prefix ? Promise.resolve() : prefixed(w).then(function (es) {
      terms.push(w);
      var redirects = [];
      es.forEach(function (e) {
        postings(e[1], 1, hits);
        if (e[2]) redirects = redirects.concat(e[2].split(" "));
      });
      return Promise.all(redirects.map(entry)).then(function (rs) {
        rs.forEach(function (e) { if (e) postings(e[1], 1, hits); });
      });
    });
    return Promise.all([exact, more]).then(function () { return hits; });
  }
  function parse(q) {
    // Only a closed quote makes a phrase: while it is being typed, its words are plain words.
    var phrases = [], plain = q.replace(/"([^"]*)"/g, function (m, p) {
      var ws = words(p);
      if (ws.length > 1) phrases.push(ws);
      return " " + p + " ";
    });
    var ws = words(plain).filter(function (w) { return !skipped(w); });
    var typing = /[\p{L}\p{N}]$/u.test(q) && !/"[^"]*$/.test(q);
    return { words: ws, phrases: phrases, prefix: typing && ws.length && ws[ws.length - 1].length >= 2 };
  }
  function values() {
    var v = {};
    FACETS.forEach(function (f) {
      var el = form.elements[f];
      var id = f === "kind" && fixedKind ? fixedKind : el ? el.value : "";
      v[f] = id ? meta.facets[f].map(function (x) { return x[0]; }).indexOf(id) : -1;
      if (id && v[f] === -1) v[f] = -2;
    });
    return v;
  }
  function has(doc, f, value) {
    if (value === -1) return true;
    var i = FACETS.indexOf(f), x = doc[i];
    return i === 0 ? x === value : x.indexOf(value) !== -1;
  }
  function search(push) {
    var id = ++run;
    var q = form.elements.q ? form.elements.q.value : "";
    var query = parse(q), v = values();
    var active = query.words.length || FACETS.some(function (f) { return v[f] !== -1 && !(f === "kind" && fixedKind); });
    syncUrl(q, push);
    terms = [];
    var scoring = query.words.map(function (w, i) {
      return match(w, query.prefix && i === query.words.length - 1);
    });
    return Promise.all(scoring).then(function (maps) {
      if (id !== run) return;
      var scores = null;
      maps.forEach(function (m) {
        if (!scores) { scores = m; return; }
        var next = {};
        Object.keys(m).forEach(function (d) { if (d in scores) next[d] = scores[d] + m[d]; });
        scores = next;
      });
      var docs = scores ? Object.keys(scores).map(Number) : meta.docs.map(function (d, i) { return i; });
      var inFacets = function (d, except) {
        return FACETS.every(function (f) { return f === except || has(meta.docs[d], f, v[f]); });
      };
      countFacets(docs, inFacets);
      order = docs.filter(function (d) { return inFacets(d, null); });
      order.sort(function (a, b) { return scores ? (scores[b] - scores[a]) || a - b : a - b; });
      if (!active) order = [];
      phrases = query.phrases;
      pending = phrases.length ? order : [];
      if (phrases.length) order = [];
      if (replaced) replaced.hidden = !!active;
      list.hidden = !active;
      list.textContent = "";
      shown = 0;
      return showMore(!!active);
    }).catch(function (e) {
      if (id === run) status.textContent = form.getAttribute("data-error");
      if (window.console) console.warn(e);
    });
  }
  // Whether a document's row (title and text) holds every phrase, word after word.
  function hasPhrases(row) {
    var text = " " + words(row[0] + " " + row[4]).join(" ") + " ";
    return phrases.every(function (p) { return text.indexOf(" " + p.join(" ") + " ") !== -1; });
  }
  // Checks pending candidates, in rank order, until `want` results are confirmed, none is left,
  // or `budget` candidates were checked; the confirmed ones join `order`. Twice as many as are
  // missing are fetched at once, so that a phrase most candidates hold costs one round trip.
  function confirm(want, budget, id) {
    if (!pending.length || order.length >= want || budget <= 0) return Promise.resolve();
    var batch = pending.slice(0, Math.min(budget, 2 * (want - order.length)));
    pending = pending.slice(batch.length);
    return Promise.all(batch.map(doc)).then(function (rows) {
      if (id !== run) return;
      batch.forEach(function (d, i) { if (hasPhrases(rows[i])) order.push(d); });
      return confirm(want, budget - batch.length, id);
    });
  }
  function countFacets(docs, inFacets) {
    FACETS.forEach(function (f, fi) {
      var el = form.elements[f];
      if (!el || el.type === "hidden") return;
      var counts = meta.facets[f].map(function () { return 0; });
      docs.forEach(function (d) {
        if (!inFacets(d, f)) return;
        var x = meta.docs[d][fi];
        if (fi === 0) counts[x]++; else x.forEach(function (i) { counts[i]++; });
      });
      Array.prototype.forEach.call(el.options, function (o) {
        if (!o.value) return;
        var i = meta.facets[f].map(function (x) { return x[0]; }).indexOf(o.value);
        if (!o.hasAttribute("data-label")) o.setAttribute("data-label", o.textContent);
        o.textContent = o.getAttribute("data-label") + " (" + (i < 0 ? 0 : counts[i]) + ")";
      });
    });
  }
  // The count: exact, or while phrase candidates are left unchecked, the most there can be.
  function announce(active) {
    var n = order.length + pending.length;
    var text = !active ? "" : n === 0 ? form.getAttribute("data-none")
      : pending.length ? form.getAttribute("data-at-most").replace("{n}", n)
      : (n === 1 ? form.getAttribute("data-one") : form.getAttribute("data-many")).replace("{n}", n);
    if (status.textContent !== text) status.textContent = text;
  }
  // The row of document d: in the last bundle whose first document is at most d.
  function doc(d) {
    var lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= d) lo = mid; else hi = mid - 1;
    }
    return get("f/" + lo + ".json", bundles, lo).then(function (b) { return b[d - starts[lo]]; });
  }
  // Shows the next page of results (confirming phrase candidates first), then the count.
  function showMore(active) {
    var id = run;
    return confirm(shown + PAGE, CHECKS, id).then(function () {
      if (id !== run) return;
      var page = order.slice(shown, shown + PAGE);
      shown += page.length;
      if (more) more.hidden = shown >= order.length && !pending.length;
      announce(active);
      return Promise.all(page.map(doc)).then(function (rows) {
        if (id !== run) return;
        rows.forEach(function (row, i) { list.appendChild(result(page[i], row)); });
      });
    });
  }
  function result(d, row) {
    var li = document.createElement("li");
    var h = document.createElement("h3");
    var a = document.createElement("a");
    a.href = row[1];
    a.lang = row[2];
    a.textContent = row[0];
    h.appendChild(a);
    li.appendChild(h);
    var c = row[5];
    if (c) {
      var img = document.createElement("img");
      img.className = "result-cover";
      img.src = c[0];
      img.width = c[1];
      img.height = c[2];
      img.alt = c[3];
      if (c[4]) img.lang = c[4];
      img.loading = "lazy";
      img.decoding = "async";
      li.className = "has-cover";
      li.appendChild(img);
    }
    var info = meta.docs[d], parts = [meta.facets.kind[info[0]][1]].concat(row[3]);
    info[1].forEach(function (t) { parts.push(meta.facets.theme[t][1]); });
    var p = document.createElement("p");
    p.className = "result-meta";
    p.textContent = parts.join(" · ");
    li.appendChild(p);
    if (row[4]) {
      var x = document.createElement("p");
      x.className = "excerpt";
      x.lang = row[2];
      excerpt(row[4], x);
      li.appendChild(x);
    }
    return li;
  }
  // About 30 words around the first matched word, matched words in <mark>.
  function excerpt(text, into) {
    var spans = [], m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text))) {
      var f = fold(m[0]);
      spans.push([m.index, m.index + m[0].length, terms.some(function (t) { return f.lastIndexOf(t, 0) === 0; })]);
    }
    var first = 0;
    for (var i = 0; i < spans.length; i++) if (spans[i][2]) { first = Math.max(0, i - 8); break; }
    var end = Math.min(spans.length, first + 30);
    if (first > 0) into.appendChild(document.createTextNode("… "));
    var pos = first < spans.length ? spans[first][0] : 0;
    for (var j = first; j < end; j++) {
      var s = spans[j];
      if (s[0] > pos) into.appendChild(document.createTextNode(text.slice(pos, s[0])));
      var word = text.slice(s[0], s[1]);
      if (s[2]) {
        var mark = document.createElement("mark");
        mark.textContent = word;
        into.appendChild(mark);
      } else {
        into.appendChild(document.createTextNode(word));
      }
      pos = s[1];
    }
    if (end < spans.length) into.appendChild(document.createTextNode(" …"));
  }
  function syncUrl(q, push) {
    var params = new URLSearchParams();
    if (q) params.set("q", q);
    FACETS.forEach(function (f) {
      var el = form.elements[f];
      if (el && el.type !== "hidden" && el.value) params.set(f, el.value);
    });
    var s = params.toString(), url = window.location.pathname + (s ? "?" + s : "");
    if (url === window.location.pathname + window.location.search) return;
    if (push) history.pushState(null, "", url); else history.replaceState(null, "", url);
  }
  function fromUrl() {
    var params = new URLSearchParams(window.location.search);
    ["q"].concat(FACETS).forEach(function (f) {
      var el = form.elements[f];
      if (el && el.type !== "hidden") el.value = params.get(f) || "";
    });
  }
  function later(push) {
    clearTimeout(timer);
    timer = setTimeout(function () { search(push); }, 50);
  }
  // While the pause before a search runs, fetches the dictionary chunks its words will read.
  function prefetch() {
    if (!meta || !form.elements.q) return;
    var query = parse(form.elements.q.value);
    query.words.forEach(function (w, i) {
      var ids = query.prefix && i === query.words.length - 1 ? prefixChunks(w) : [chunkOf(w)];
      ids.forEach(function (c) { chunk(c).catch(function () {}); });
    });
  }

  form.addEventListener("submit", function (e) { e.preventDefault(); clearTimeout(timer); search(true); });
  form.addEventListener("input", function (e) {
    if (e.target.name === "q") prefetch();
    later(e.target.name !== "q");
  });
  form.addEventListener("change", function (e) { if (e.target.name !== "q") later(true); });
  // A click while the next page is still coming is one click: results stay in rank order.
  var loading = null;
  if (more) more.addEventListener("click", function () {
    if (loading) return;
    loading = showMore(true).then(function () { loading = null; }, function () { loading = null; });
  });
  window.addEventListener("popstate", function () { fromUrl(); search(false); });
  fromUrl();
  fetch(form.getAttribute("data-index")).then(function (r) { return r.json(); }).then(function (m) {
    meta = m;
    var first = 0;
    starts = m.bundles.map(function (n) { first += n; return first - n; });
    form.setAttribute("data-ready", "");
    return search(false);
  }).catch(function () { status.textContent = form.getAttribute("data-error"); });
})();
