// Starts the browser editor (Decap CMS) of a wijk site.
//
// 1. The interface language follows the browser: the first of navigator.languages that the
//    editor has labels for (config.<lang>.yml), else the programme's first language.
// 2. Decap CMS's `multiple_files` i18n names every file with its locale, the original too
//    (`potager.fr.md`), while the contract names the original `<id>.md` and only translations
//    `<id>.<lang>.md`. The backends registered here wrap Decap's own (github, gitlab, bitbucket,
//    git-gateway, proxy) and rename at their boundary: the editor sees `potager.fr.md` where the
//    repository holds `potager.md`, for the collection's original language. Translations keep
//    their name. A translation left empty is not written.
// 3. The note of index.html on who can sign in (and the way through a fork for everyone else)
//    is shown in the interface's language under Decap's login button, and only on the login
//    page.
// 4. After each save (Decap's `postSave` event) the note of index.html on what happens next —
//    the change is proposed, the team reviews it, it goes online once accepted — is shown in the
//    interface's language, at the foot of the screen, until its OK button is tapped.
// 5. A picture chosen in the media library arrives ready: Decap reads the files of its file
//    input's `change` event, and gives no hook to change a file before it commits it. So a
//    listener that runs first (capture phase, on the window) holds that event, decodes each
//    JPEG, PNG or WebP with its orientation applied, draws it on a canvas at most 2400 pixels on
//    its long side and encodes it again (JPEG at quality 0.85; PNG and WebP in their format):
//    the new file carries no EXIF (GPS position, the phone's make), IPTC or PNG text. It then
//    puts the new files in the input and sends the change event on to Decap. A file the browser
//    cannot decode (HEIC) goes through unchanged, and `wijk check` reports it.
// 6. Decap's own phrases that its French and Dutch lack (they fall back to English: « Fill in
//    from another locale ») or get wrong (« modications »), and « Maintenant » on a date without
//    time, are laid over its locales from the JSON block of index.html before it starts; the
//    English labels of the components it uses (« Remove … », « close ») are said again in that
//    language.
// 7. Dates are typed and shown as Belgians write them, JJ/MM/AAAA, whatever the browser's
//    language (the `wijk-date` widget); a roadmap step's `done` is a tick (`wijk-done`) that
//    fills in today's date, which stays editable under it.
// 8. A picture's file (`src` of a `{src, alt}` pair, the `wijk-image` widget: Decap's own image
//    control, wrapped) that is replaced by another empties the picture's alternative text, which
//    described the old one, and the entry cannot be saved until the new picture is described.
//    A picture is shown once its file is loaded, the entry's own as a newly chosen one.
(function () {
  "use strict";
  var root = document.documentElement;
  var offered = (root.getAttribute("data-languages") || "en").split(" ");
  var wanted = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""])
    .map(function (l) { return String(l).slice(0, 2).toLowerCase(); });
  var lang = wanted.filter(function (l) { return offered.indexOf(l) >= 0; })[0] || offered[0];
  root.setAttribute("lang", lang);
  window.CMS_MANUAL_INIT = true;
  var link = document.createElement("link");
  link.rel = "cms-config-url";
  link.type = "text/yaml";
  link.href = "config." + lang + ".yml";
  document.head.appendChild(link);

  // The collections whose file names are mapped: folder, depth of an entry below it, the
  // original's language.
  function mappedFolders(config) {
    return (config.collections || []).filter(function (c) { return c.folder && c.i18n; }).map(function (c) {
      var i18n = typeof c.i18n === "object" ? c.i18n : config.i18n || {};
      var depth = c.path ? c.path.split("/").length : 1;
      return { folder: c.folder.replace(/\/+$/, ""), depth: depth, lang: i18n.default_locale || (config.i18n || {}).default_locale };
    });
  }

  function mapper(config) {
    var folders = mappedFolders(config);
    function find(path) {
      return folders.filter(function (f) {
        if (path.indexOf(f.folder + "/") !== 0) return false;
        return path.slice(f.folder.length + 1).split("/").length === f.depth;
      })[0];
    }
    function split(path) {
      var slash = path.lastIndexOf("/");
      return { dir: path.slice(0, slash + 1), name: path.slice(slash + 1) };
    }
    return {
      // Repository name → the editor's: `x.md` → `x.<original language>.md`.
      toEditor: function (path) {
        var f = typeof path === "string" && find(path);
        if (!f) return path;
        var p = split(path);
        var m = /^([^.]+)\.md$/.exec(p.name);
        return m ? p.dir + m[1] + "." + f.lang + ".md" : path;
      },
      // The editor's name → the repository's: `x.<original language>.md` → `x.md`.
      toRepository: function (path) {
        var f = typeof path === "string" && find(path);
        if (!f) return path;
        var p = split(path);
        var m = /^([^.]+)\.([a-z]{2,3})\.md$/.exec(p.name);
        return m && m[2] === f.lang ? p.dir + m[1] + ".md" : path;
      },
      isTranslation: function (path) {
        var f = typeof path === "string" && find(path);
        if (!f) return false;
        var m = /\.([a-z]{2,3})\.md$/.exec(path);
        return !!m && m[1] !== f.lang;
      },
    };
  }

  // A translation whose front matter values and body are all empty.
  function isEmptyTranslation(raw) {
    var m = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n?([\s\S]*)$/.exec(raw || "");
    if (!m) return !String(raw || "").trim();
    var valued = m[1].split(/\r?\n/).some(function (line) {
      var kv = /^[^:#]+:\s*(.*)$/.exec(line);
      return kv && kv[1].trim() !== "" && kv[1].trim() !== "''" && kv[1].trim() !== '""';
    });
    return !valued && !m[2].trim();
  }

  function mapEntries(map, entries) {
    return (entries || []).map(function (e) {
      if (e && e.file && e.file.path) e.file = Object.assign({}, e.file, { path: map.toEditor(e.file.path) });
      return e;
    });
  }

  var wrappers = {
    entriesByFolder: function (map, call, args) {
      return call(args).then(function (r) { return mapEntries(map, r); });
    },
    allEntriesByFolder: function (map, call, args) {
      return call(args).then(function (r) { return mapEntries(map, r); });
    },
    traverseCursor: function (map, call, args) {
      return call(args).then(function (r) { return Object.assign({}, r, { entries: mapEntries(map, r.entries) }); });
    },
    entriesByFiles: function (map, call, args) {
      var files = (args[0] || []).map(function (f) { return Object.assign({}, f, { path: map.toRepository(f.path) }); });
      return call([files].concat(args.slice(1))).then(function (r) { return mapEntries(map, r); });
    },
    getEntry: function (map, call, args) {
      return call([map.toRepository(args[0])].concat(args.slice(1))).then(function (r) {
        if (r && r.file) r.file = Object.assign({}, r.file, { path: args[0] });
        return r;
      });
    },
    unpublishedEntry: function (map, call, args) {
      return call(args).then(function (r) {
        if (r && r.diffs) {
          r.diffs = r.diffs.map(function (d) { return Object.assign({}, d, { path: map.toEditor(d.path) }); });
        }
        return r;
      });
    },
    unpublishedEntryDataFile: function (map, call, args) {
      return call([args[0], args[1], map.toRepository(args[2])].concat(args.slice(3)));
    },
    persistEntry: function (map, call, args) {
      var entry = Object.assign({}, args[0]);
      entry.dataFiles = (entry.dataFiles || [])
        .filter(function (f) { return !(map.isTranslation(f.path) && isEmptyTranslation(f.raw)); })
        .map(function (f) {
          var out = Object.assign({}, f, { path: map.toRepository(f.path) });
          if (f.newPath) out.newPath = map.toRepository(f.newPath);
          return out;
        });
      return call([entry].concat(args.slice(1)));
    },
    deleteFiles: function (map, call, args) {
      return call([(args[0] || []).map(map.toRepository)].concat(args.slice(1)));
    },
  };

  function wrapped(kind) {
    var base = window.CMS.getBackend(kind);
    // Called with `new` by Decap CMS; returning an object makes it the instance.
    return function WijkBackend(config, options) {
      var inner = base.init(config, options);
      var map = mapper(config);
      return new Proxy(inner, {
        get: function (target, prop) {
          var value = target[prop];
          if (typeof value !== "function") return value;
          var call = function (args) { return Promise.resolve(value.apply(target, args)); };
          var wrap = wrappers[prop];
          if (!wrap) return value.bind(target);
          return function () { return wrap(map, call, Array.prototype.slice.call(arguments)); };
        },
      });
    };
  }

  // Moves the note under the login button while the login page is shown (Decap renders it as
  // a <section> holding the button, before its <header> exists); hides it otherwise.
  function showLoginNotice() {
    var notice = document.getElementById("wijk-login-notice");
    var text = notice && notice.querySelector('p[lang="' + lang + '"]');
    if (!text) return;
    text.hidden = false;
    function place() {
      var app = document.getElementById("nc-root");
      var button = app && !app.querySelector("header") && app.querySelector("section > button");
      if (button && button.nextElementSibling !== notice) button.insertAdjacentElement("afterend", notice);
      notice.hidden = !button;
    }
    new MutationObserver(place).observe(document.body, { childList: true, subtree: true });
    place();
  }

  var MAX_SIDE = 2400;

  // `file` decoded (orientation applied), at most MAX_SIDE pixels on its long side, encoded
  // again without metadata; the file itself when it is not a picture the browser decodes.
  function readyPicture(file) {
    var type = { "image/jpeg": "image/jpeg", "image/png": "image/png", "image/webp": "image/webp" }[file.type];
    if (!type || !window.createImageBitmap) return Promise.resolve(file);
    return createImageBitmap(file, { imageOrientation: "from-image" }).then(function (bitmap) {
      var scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
      var canvas = document.createElement("canvas");
      canvas.width = Math.max(1, Math.round(bitmap.width * scale));
      canvas.height = Math.max(1, Math.round(bitmap.height * scale));
      canvas.getContext("2d").drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      if (bitmap.close) bitmap.close();
      return new Promise(function (resolve) { canvas.toBlob(resolve, type, 0.85); });
    }).then(function (blob) {
      if (!blob) return file;
      // A browser that cannot write WebP writes PNG: the name follows what was written.
      var ext = { "image/jpeg": null, "image/png": ".png", "image/webp": ".webp" }[blob.type];
      var name = ext && blob.type !== type ? file.name.replace(/\.[^.]*$/, "") + ext : file.name;
      return new File([blob], name, { type: blob.type, lastModified: file.lastModified });
    }, function () { return file; });
  }

  // Holds a file input's change event until its pictures are ready, then sends it on.
  function onFileChosen(event) {
    var input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== "file" || !input.files || !input.files.length) return;
    if (input.dataset.wijkReady === "1") {
      delete input.dataset.wijkReady;
      return;
    }
    event.stopImmediatePropagation();
    Promise.all(Array.prototype.map.call(input.files, readyPicture)).then(function (files) {
      var transfer = new DataTransfer();
      files.forEach(function (f) { transfer.items.add(f); });
      input.files = transfer.files;
      input.dataset.wijkReady = "1";
      input.dispatchEvent(new Event("change", { bubbles: true }));
    });
  }

  // Shows the note on what happens next, in the interface's language.
  function showSavedNotice() {
    var notice = document.getElementById("wijk-saved-notice");
    var text = notice && notice.querySelector('p[lang="' + lang + '"]');
    if (!text) return;
    Array.prototype.forEach.call(notice.querySelectorAll("p"), function (p) { p.hidden = p !== text; });
    notice.hidden = false;
  }

  function hideSavedNotice(event) {
    var notice = document.getElementById("wijk-saved-notice");
    if (notice && event.target.closest("#wijk-saved-notice button, #wijk-saved-notice a")) notice.hidden = true;
  }

  // Lays the phrases of index.html (by language, dotted key) over Decap's own locales.
  function registerPhrases() {
    var el = document.getElementById("wijk-phrases");
    if (!el || !window.CMS.getLocale) return;
    var all = JSON.parse(el.textContent);
    Object.keys(all).forEach(function (l) {
      var phrases = JSON.parse(JSON.stringify(window.CMS.getLocale(l) || {}));
      Object.keys(all[l]).forEach(function (key) {
        var path = key.split(".");
        var o = phrases;
        for (var i = 0; i < path.length - 1; i++) {
          if (!o[path[i]] || typeof o[path[i]] !== "object") o[path[i]] = {};
          o = o[path[i]];
        }
        o[path[path.length - 1]] = all[l][key];
      });
      window.CMS.registerLocale(l, phrases);
    });
  }

  // Labels written in English whatever the locale by the components Decap uses: the « Remove
  // <choice> » of a multiple choice's chips (its select component) and the « close » of its
  // notices (its toast component). Said again in the interface's language each time they appear.
  var ARIA = {
    fr: { prefix: ["Remove ", "Retirer "], close: "Fermer" },
    nl: { prefix: ["Remove ", "Verwijderen: "], close: "Sluiten" },
  };
  function localiseAriaLabels() {
    var words = ARIA[lang];
    if (!words) return;
    new MutationObserver(function () {
      var found = document.querySelectorAll('[aria-label^="Remove "], [aria-label="close"]');
      for (var i = 0; i < found.length; i++) {
        var label = found[i].getAttribute("aria-label");
        found[i].setAttribute("aria-label", label === "close" ? words.close
          : words.prefix[1] + label.slice(words.prefix[0].length));
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["aria-label"] });
  }

  // Dates as Belgians write them. Decap's date widget is the browser's `<input type=date>`, whose
  // order follows the browser's own language (a French page in an English Chromium shows
  // mm/dd/yyyy, and « 12/06/2025 » typed there became 1905-12-06). The `wijk-date` widget is a
  // text field in the interface's order, JJ/MM/AAAA or DD/MM/JJJJ, with the date written out
  // under it (« 12 juin 2025 ») and a « today » button; it stores `YYYY-MM-DD`, and a date it
  // cannot read stops the save with a message. `wijk-done` is a roadmap step's `done`: a tick
  // that fills in today's date, shown and editable the same way; unticked, `null`, which
  // `wijk check` reads as "not done".
  var DATE_WORDS = {
    fr: { pattern: "JJ/MM/AAAA", today: "Aujourd’hui", invalid: "Écrivez la date comme 28/05/2024 (jour, mois, année)." },
    nl: { pattern: "DD/MM/JJJJ", today: "Vandaag", invalid: "Schrijf de datum als 28/05/2024 (dag, maand, jaar)." },
    en: { pattern: "DD/MM/YYYY", today: "Today", invalid: "Write the date as 28/05/2024 (day, month, year)." },
  };
  function two(n) { return (n < 10 ? "0" : "") + n; }
  function today() {
    var d = new Date();
    return d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate());
  }
  // `28/05/2024` (or with `.` or `-`) → `2024-05-28`; null when it is no day of the calendar.
  function isoOf(text) {
    var m = /^\s*(\d{1,2})[\/.\-](\d{1,2})[\/.\-](\d{4})\s*$/.exec(text);
    if (!m) return null;
    var day = +m[1], month = +m[2], year = +m[3];
    var d = new Date(Date.UTC(year, month - 1, day));
    if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
    return year + "-" + two(month) + "-" + two(day);
  }
  function shownOf(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || "");
    return m ? m[3] + "/" + m[2] + "/" + m[1] : "";
  }
  function longOf(iso) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(iso || "")) return "";
    var p = iso.split("-");
    return new Intl.DateTimeFormat(lang, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })
      .format(new Date(Date.UTC(+p[0], +p[1] - 1, +p[2])));
  }
  function dateWidget(tick) {
    var h = window.h;
    var words = DATE_WORDS[lang] || DATE_WORDS.en;
    return window.createClass({
      getInitialState: function () { return { text: shownOf(this.props.value) }; },
      componentDidUpdate: function (prev) {
        if (prev.value !== this.props.value && isoOf(this.state.text) !== this.props.value) {
          this.setState({ text: shownOf(this.props.value) });
        }
      },
      isValid: function () {
        var text = this.state.text.trim();
        return !text || isoOf(text) ? true : { error: { message: words.invalid } };
      },
      set: function (text) {
        this.setState({ text: text });
        var iso = isoOf(text);
        if (iso) this.props.onChange(iso);
        else if (!text.trim()) this.props.onChange(null);
      },
      render: function () {
        var self = this, props = this.props;
        var value = props.value ? String(props.value) : "";
        var id = tick ? props.forID + "-date" : props.forID;
        var parts = [];
        if (tick) {
          parts.push(h("input", {
            type: "checkbox", id: props.forID, checked: !!value, className: "wijk-done-tick",
            onChange: function (e) { self.set(e.target.checked ? shownOf(today()) : ""); },
            onFocus: props.setActiveStyle, onBlur: props.setInactiveStyle,
          }));
        }
        if (!tick || value || this.state.text) {
          parts.push(h("input", {
            type: "text", id: id, inputMode: "numeric", autoComplete: "off", placeholder: words.pattern,
            value: this.state.text, className: "wijk-date-text",
            "aria-label": tick ? props.field.get("label") + " — " + words.pattern : null,
            onChange: function (e) { self.set(e.target.value); },
            onFocus: props.setActiveStyle, onBlur: props.setInactiveStyle,
          }));
          if (!tick) {
            parts.push(h("button", {
              type: "button", className: "wijk-date-today",
              onClick: function () { self.set(shownOf(today())); },
            }, words.today));
          }
          parts.push(h("span", { className: "wijk-date-long", "aria-live": "polite" }, longOf(value)));
        }
        return h("div", { className: props.classNameWrapper + " wijk-date" + (tick ? " wijk-done" : "") }, parts);
      },
    });
  }

  var ALT_WORDS = {
    fr: "Décrivez la nouvelle image dans « {label} » : ce qu’elle montre, pour qui ne la voit pas.",
    nl: "Beschrijf de nieuwe afbeelding in « {label} »: wat ze toont, voor wie ze niet ziet.",
    en: "Describe the new picture in “{label}”: what it shows, for people who cannot see it.",
  };
  // The alternative text next to a picture's file: the first text input of the nearest enclosing
  // element that holds one outside the picture's own control (the `{src, alt}` object's fields).
  function altInputNear(node) {
    for (var up = node && node.parentElement; up; up = up.parentElement) {
      var inputs = Array.prototype.filter.call(up.querySelectorAll('input[type="text"], textarea'),
        function (el) { return !node.contains(el); });
      if (inputs.length) return inputs[0];
    }
    return null;
  }
  // Empties a text input Decap (React) owns, as typing would.
  function empty(input) {
    var proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, "value").set.call(input, "");
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }
  function imageWidget() {
    var image = window.CMS.getWidget && window.CMS.getWidget("image");
    if (!image) return null;
    var h = window.h;
    return {
      control: window.createClass({
        getInitialState: function () { return { replaced: false, loadedGetAsset: null }; },
        // Decap draws a picture from its placeholder while the file loads, and does not draw it
        // again once loaded (decap-cms#7099: an empty grey box), for the picture the entry had as
        // for one chosen since. Asked again until it is there, the picture is then drawn: the
        // inner control redraws when it gets another `getAsset`.
        componentDidMount: function () { this.watchAsset(); },
        componentDidUpdate: function (before) {
          if (before.value !== this.props.value) this.watchAsset();
        },
        componentWillUnmount: function () { clearInterval(this.timer); },
        watchAsset: function () {
          var self = this;
          var tries = 0;
          clearInterval(this.timer);
          if (!this.props.value || typeof this.props.getAsset !== "function") return;
          this.timer = setInterval(function () {
            var asset = self.props.getAsset(self.props.value, self.props.field);
            var ready = asset && asset.path && asset.path !== "empty.svg";
            if (ready) {
              self.setState({ loadedGetAsset: function (path, field) { return self.props.getAsset(path, field); } });
            }
            if (ready || ++tries > 120) clearInterval(self.timer);
          }, 250);
        },
        // Decap's form redraws a widget only when this says so; the image control waits for the
        // media library's choice in its `mediaPaths` prop, so any new prop counts.
        shouldComponentUpdate: function (next, state) {
          var now = this.props;
          return state !== this.state || Object.keys(next).some(function (k) { return next[k] !== now[k]; });
        },
        isValid: function () {
          var alt = this.state.replaced && altInputNear(this.node);
          if (!alt || alt.value.trim()) return true;
          var label = alt.id && document.querySelector('label[for="' + alt.id + '"]');
          // The label's own words, without the « (optionnel) » Decap adds in an element of its own.
          var name = label && label.firstChild ? label.firstChild.textContent.trim() : "alt";
          return { error: { message: (ALT_WORDS[lang] || ALT_WORDS.en).replace("{label}", name) } };
        },
        change: function (value) {
          var before = this.props.value ? String(this.props.value) : "";
          this.props.onChange(value);
          if (value && before && String(value) !== before) {
            var alt = altInputNear(this.node);
            if (alt) empty(alt);
            this.setState({ replaced: true });
          }
        },
        // One function for the life of the widget: a new one each time would be called with null
        // before the inner control reports a choice.
        keep: function (node) { if (node) this.node = node; },
        render: function () {
          var own = { onChange: this.change };
          if (this.state.loadedGetAsset) own.getAsset = this.state.loadedGetAsset;
          return h("div", { ref: this.keep, className: "wijk-image" },
            h(image.control, Object.assign({}, this.props, own)));
        },
      }),
      preview: image.preview,
    };
  }

  function start() {
    showLoginNotice();
    localiseAriaLabels();
    document.addEventListener("click", hideSavedNotice);
    window.addEventListener("change", onFileChosen, true);
    if (!window.CMS) return;
    registerPhrases();
    if (window.createClass && window.h) {
      window.CMS.registerWidget("wijk-date", dateWidget(false));
      window.CMS.registerWidget("wijk-done", dateWidget(true));
      var picture = imageWidget();
      if (picture) window.CMS.registerWidget("wijk-image", picture.control, picture.preview);
    }
    window.CMS.registerEventListener({ name: "postSave", handler: showSavedNotice });
    ["github", "gitlab", "bitbucket", "git-gateway", "proxy"].forEach(function (kind) {
      if (window.CMS.getBackend(kind)) window.CMS.registerBackend("wijk-" + kind, wrapped(kind));
    });
    window.CMS.init();
  }

  document.addEventListener("DOMContentLoaded", start);
  // Exposed for the tests of the mapping.
  window.wijkCms = { mapper: mapper, isEmptyTranslation: isEmptyTranslation, readyPicture: readyPicture, isoOf: isoOf, shownOf: shownOf };
})();
