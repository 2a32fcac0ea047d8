//! The glossary (themes/default/glossary.yaml) against the words the site, the e-mails, the
//! guides and the example content use: every string that names a term uses the glossary's word
//! for its language and none it marks wrong; no text of a language uses a word marked wrong in
//! that language whatever the context; docs/glossary.md lists every term.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const LANGS: [&str; 3] = ["en", "fr", "nl"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Term {
    en: String,
    fr: String,
    nl: String,
    #[serde(default)]
    wrong: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    never: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    ui: Vec<String>,
    #[serde(default)]
    email: Vec<String>,
}

impl Term {
    fn word(&self, lang: &str) -> &str {
        match lang {
            "fr" => &self.fr,
            "nl" => &self.nl,
            _ => &self.en,
        }
    }
}

type Glossary = BTreeMap<String, Term>;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn glossary() -> Glossary {
    let text = std::fs::read_to_string(root().join("themes/default/glossary.yaml")).unwrap();
    serde_saphyr::from_str(&text).unwrap()
}

/// Lower case, typographic apostrophes as `'`, non-breaking spaces as spaces.
fn norm(s: &str) -> String {
    s.to_lowercase()
        .replace('’', "'")
        .replace(['\u{a0}', '\u{202f}'], " ")
}

/// The strings of a YAML file, nested keys joined with `.`.
fn strings(path: &Path) -> BTreeMap<String, String> {
    fn walk(prefix: &str, v: &serde_json::Value, out: &mut BTreeMap<String, String>) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, v) in m {
                    let key = if prefix.is_empty() {
                        k.clone()
                    } else {
                        format!("{prefix}.{k}")
                    };
                    walk(&key, v, out);
                }
            }
            serde_json::Value::String(s) => {
                out.insert(prefix.to_string(), s.clone());
            }
            _ => {}
        }
    }
    let text = std::fs::read_to_string(path).unwrap();
    let value: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
    let mut out = BTreeMap::new();
    walk("", &value, &mut out);
    out
}

/// What is wrong in the strings of one language: (key, problem).
fn violations(
    g: &Glossary,
    lang: &str,
    ui: &BTreeMap<String, String>,
    email: &BTreeMap<String, String>,
) -> Vec<String> {
    let mut out = Vec::new();
    for (id, term) in g {
        let word = norm(term.word(lang));
        let named = term
            .ui
            .iter()
            .map(|k| (format!("ui {k}"), ui.get(k)))
            .chain(
                term.email
                    .iter()
                    .map(|k| (format!("email {k}"), email.get(k))),
            );
        for (key, text) in named {
            let Some(text) = text.map(|t| norm(t)) else {
                out.push(format!("{key}: missing (names `{id}`)"));
                continue;
            };
            if !text.contains(&word) {
                out.push(format!("{key}: `{text}` does not say `{word}` ({id})"));
            }
            for w in term.wrong.get(lang).into_iter().flatten() {
                if text.contains(&norm(w)) {
                    out.push(format!("{key}: `{text}` says `{w}`, wrong for `{id}`"));
                }
            }
        }
        for w in term.never.get(lang).into_iter().flatten() {
            for (key, text) in ui
                .iter()
                .map(|(k, v)| (format!("ui {k}"), v))
                .chain(email.iter().map(|(k, v)| (format!("email {k}"), v)))
            {
                if norm(text).contains(&norm(w)) {
                    out.push(format!("{key}: `{text}` says `{w}` ({id})"));
                }
            }
        }
    }
    out
}

fn theme_strings(lang: &str) -> (BTreeMap<String, String>, BTreeMap<String, String>) {
    let theme = root().join("themes/default");
    (
        strings(&theme.join(format!("i18n/{lang}.yaml"))),
        strings(&theme.join(format!("email/i18n/{lang}.yaml"))),
    )
}

#[test]
fn ui_and_email_strings_use_the_glossary_words() {
    let g = glossary();
    let mut all = Vec::new();
    for lang in LANGS {
        let (ui, email) = theme_strings(lang);
        all.extend(
            violations(&g, lang, &ui, &email)
                .into_iter()
                .map(|v| format!("{lang}: {v}")),
        );
    }
    assert!(all.is_empty(), "{}", all.join("\n"));
}

#[test]
fn the_check_catches_the_committee_and_the_residents_group_confused() {
    let g = glossary();
    let (mut ui, mut email) = theme_strings("nl");
    ui.insert("evaluation".into(), "Evaluatie door het stuurcomité".into());
    email.insert(
        "labels.why_reviewer".into(),
        "U ontvangt dit bericht als lid van de bewonersgroep.".into(),
    );
    ui.insert("steering_group".into(), "Stuurgroep".into());
    ui.insert("place_description".into(), "Plaatsbeschrijving".into());
    let found = violations(&g, "nl", &ui, &email);
    for key in [
        "ui evaluation",
        "email labels.why_reviewer",
        "ui steering_group",
        "ui place_description",
    ] {
        assert!(
            found.iter().any(|v| v.starts_with(key)),
            "{key} not reported in {found:#?}"
        );
    }
    let (mut ui, email) = theme_strings("fr");
    ui.insert("experts".into(), "Expertise thématique".into());
    ui.insert(
        "steering_group".into(),
        "Groupe de pilotage des habitants".into(),
    );
    let found = violations(&g, "fr", &ui, &email);
    assert!(found.iter().any(|v| v.starts_with("ui experts")));
    assert!(found.iter().any(|v| v.starts_with("ui steering_group")));
}

/// The language of a content file: `<id>.<lang>.md`, else `lang:` in its front matter, else the
/// programme's first language.
fn content_lang(path: &Path, text: &str) -> String {
    let name = path.file_name().unwrap().to_string_lossy();
    let parts: Vec<&str> = name.split('.').collect();
    if parts.len() == 3 {
        return parts[1].to_string();
    }
    let front = text.split("\n---").next().unwrap_or("");
    front
        .lines()
        .find_map(|l| l.strip_prefix("lang:"))
        .map_or_else(|| "fr".to_string(), |l| l.trim().to_string())
}

/// The files under `dir` whose name ends with `ext`, recursively.
fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.to_string_lossy().ends_with(ext) {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Every text a person reads, with its language: the guides, the messages of the command line
/// and of the editor (`<lang>.ftl`), the e-mail strings, the templates of new files and the
/// example content. (The site's strings are checked key by key above.)
fn texts() -> Vec<(PathBuf, String, String)> {
    let read = |p: &Path| std::fs::read_to_string(p).unwrap();
    let mut texts: Vec<(PathBuf, String, String)> = Vec::new();
    for lang in ["fr", "nl"] {
        let p = root().join(format!("docs/contributing.{lang}.md"));
        texts.push((p.clone(), lang.into(), read(&p)));
    }
    for (dir, ext) in [
        ("src/i18n/ftl", "ftl"),
        ("src/cms/messages", "ftl"),
        ("themes/default/email/i18n", "yaml"),
    ] {
        for lang in LANGS {
            let p = root().join(format!("{dir}/{lang}.{ext}"));
            texts.push((p.clone(), lang.into(), read(&p)));
        }
    }
    for lang in ["fr", "nl"] {
        for p in files(&root().join(format!("src/scaffold/templates/{lang}")), "") {
            texts.push((p.clone(), lang.into(), read(&p)));
        }
    }
    for p in files(&root().join("content"), ".md") {
        let text = read(&p);
        texts.push((p.clone(), content_lang(&p, &text), text));
    }
    texts
}

/// The words a text uses that its language never uses: `path: word (term, lang)`.
fn never_violations(g: &Glossary, texts: &[(PathBuf, String, String)]) -> Vec<String> {
    let mut bad = Vec::new();
    for (path, lang, text) in texts {
        let text = norm(text);
        for (id, term) in g {
            for w in term.never.get(lang).into_iter().flatten() {
                if text.contains(&norm(w)) {
                    bad.push(format!("{}: `{w}` ({id}, {lang})", path.display()));
                }
            }
        }
    }
    bad
}

#[test]
fn guides_messages_and_example_content_avoid_the_wrong_words() {
    let texts = texts();
    assert!(texts.len() > 40, "texts found: {}", texts.len());
    let bad = never_violations(&glossary(), &texts);
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// Each word a language never uses is caught in each kind of file the check reads: a guide, the
/// command line's and the editor's messages, the e-mail strings, a new file's template and the
/// example content.
#[test]
fn the_check_catches_each_forbidden_word_in_each_kind_of_file() {
    let g = glossary();
    let texts = texts();
    let kinds = [
        "docs/",
        "src/i18n/ftl/",
        "src/cms/messages/",
        "themes/default/email/",
        "src/scaffold/templates/",
        "content/",
    ];
    let mut missed = Vec::new();
    for (id, term) in &g {
        for (lang, words) in &term.never {
            for w in words {
                for kind in kinds {
                    let Some((path, _, text)) = texts
                        .iter()
                        .find(|(p, l, _)| l == lang && p.starts_with(root().join(kind)))
                    else {
                        continue;
                    };
                    let poisoned = [(path.clone(), lang.clone(), format!("{text}\n{w}\n"))];
                    if never_violations(&g, &poisoned).is_empty() {
                        missed.push(format!("{id}: `{w}` in {kind} ({lang})"));
                    }
                }
            }
        }
    }
    assert!(missed.is_empty(), "{}", missed.join("\n"));
    // The terms this check exists for, as the call names them.
    let nl = |id: &str| g[id].never.get("nl").cloned().unwrap_or_default();
    assert!(nl("steering-committee").contains(&"stuurcomité".to_string()));
    assert!(nl("start-fund").contains(&"startbudget".to_string()));
    assert!(nl("residents-group").contains(&"bewonersstuurgroep".to_string()));
}

#[test]
fn the_glossary_page_lists_every_term_in_every_language() {
    let page = norm(&std::fs::read_to_string(root().join("docs/glossary.md")).unwrap());
    for (id, term) in glossary() {
        for lang in LANGS {
            let w = norm(term.word(lang));
            assert!(
                page.contains(&w),
                "docs/glossary.md lacks `{w}` ({id}, {lang})"
            );
        }
    }
}

/// The Dutch site, its e-mails, its editor, the check's messages and the residents' guide address
/// the reader one way, « u »: never « je », « jij », « jouw » or « jullie ».
#[test]
fn the_dutch_interface_says_u() {
    let informal = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_alphabetic())
            .filter(|w| ["je", "jij", "jou", "jouw", "jullie"].contains(&w.to_lowercase().as_str()))
            .map(str::to_string)
            .collect()
    };
    assert_eq!(
        informal("Verzamel bewoners: dat is jullie groep"),
        ["jullie"]
    );
    let (ui, email) = theme_strings("nl");
    let read = |path: &str| std::fs::read_to_string(root().join(path)).unwrap();
    let prose = [
        read("src/cms/messages/nl.ftl"),
        read("src/i18n/ftl/nl.ftl"),
        read("docs/contributing.nl.md"),
    ];
    let mut bad: Vec<String> = ui
        .iter()
        .chain(email.iter())
        .filter(|(_, v)| !informal(v).is_empty())
        .map(|(k, v)| format!("{k}: {v}"))
        .collect();
    bad.extend(
        prose
            .iter()
            .flat_map(|text| text.lines())
            .filter(|l| !informal(l).is_empty())
            .map(str::to_string),
    );
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
