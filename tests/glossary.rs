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
fn the_check_catches_the_selection_body_called_stuurgroep() {
    let g = glossary();
    let (mut ui, mut email) = theme_strings("nl");
    ui.insert("evaluation".into(), "Evaluatie door de stuurgroep".into());
    email.insert(
        "labels.why_reviewer".into(),
        "U ontvangt dit bericht als lid van de stuurgroep.".into(),
    );
    ui.insert("place_description".into(), "Plaatsbeschrijving".into());
    let found = violations(&g, "nl", &ui, &email);
    for key in [
        "ui evaluation",
        "email labels.why_reviewer",
        "ui place_description",
    ] {
        assert!(
            found.iter().any(|v| v.starts_with(key)),
            "{key} not reported in {found:#?}"
        );
    }
    let (mut ui, email) = theme_strings("fr");
    ui.insert("role_expert".into(), "Expert thématique".into());
    ui.insert(
        "steering_group".into(),
        "Groupe de pilotage des habitants".into(),
    );
    let found = violations(&g, "fr", &ui, &email);
    assert!(found.iter().any(|v| v.starts_with("ui role_expert")));
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

#[test]
fn guides_and_example_content_avoid_the_wrong_words() {
    let g = glossary();
    let mut texts: Vec<(PathBuf, String, String)> = Vec::new();
    for lang in ["fr", "nl"] {
        let p = root().join(format!("docs/contributing.{lang}.md"));
        texts.push((p.clone(), lang.into(), std::fs::read_to_string(&p).unwrap()));
    }
    let mut stack = vec![root().join("content")];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "md") {
                let text = std::fs::read_to_string(&p).unwrap();
                texts.push((p.clone(), content_lang(&p, &text), text));
            }
        }
    }
    assert!(texts.len() > 20, "content found: {}", texts.len());
    let mut bad = Vec::new();
    for (path, lang, text) in &texts {
        let text = norm(text);
        for (id, term) in &g {
            for w in term.never.get(lang).into_iter().flatten() {
                if text.contains(&norm(w)) {
                    bad.push(format!("{}: `{w}` ({id}, {lang})", path.display()));
                }
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
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
