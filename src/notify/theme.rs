//! The e-mail theme: `themes/<name>/email/` (text and HTML templates, UI strings per language),
//! with the default theme built in so that a site root without it still sends readable notices.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Languages the built-in strings cover.
pub const BUILT_IN_LANGUAGES: [&str; 3] = ["fr", "nl", "en"];

const BODY_TXT: &str = include_str!("../../themes/default/email/body.txt");
const BODY_HTML: &str = include_str!("../../themes/default/email/body.html");
const STRINGS: [(&str, &str); 3] = [
    (
        "fr",
        include_str!("../../themes/default/email/i18n/fr.yaml"),
    ),
    (
        "nl",
        include_str!("../../themes/default/email/i18n/nl.yaml"),
    ),
    (
        "en",
        include_str!("../../themes/default/email/i18n/en.yaml"),
    ),
];

/// How amounts are written in a language.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MoneyFormat {
    pub thousands: String,
    pub decimal: String,
    /// With `{amount}`, e.g. `{amount} €`.
    pub pattern: String,
}

/// The UI strings of e-mails in one language (`email/i18n/<lang>.yaml`).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Strings {
    /// With `{event}`, `{district}`, `{edition}`, `{total}`.
    pub subject: String,
    /// Event name → its title.
    pub events: BTreeMap<String, String>,
    /// Event name → the opening paragraph, with `{district}`, `{commune}`, `{edition}`, `{total}`.
    pub intro: BTreeMap<String, String>,
    /// Event name → what the recipient is asked to do.
    pub action: BTreeMap<String, String>,
    pub money: MoneyFormat,
    /// Short labels handed to the templates as `t`.
    pub labels: BTreeMap<String, String>,
}

/// Why the e-mail theme cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ThemeError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("e-mail strings {name}: {message}")]
    Strings { name: String, message: String },
    #[error("e-mail template {name}: {source}")]
    Template {
        name: String,
        #[source]
        source: tera::Error,
    },
}

/// Templates (`body.txt`, `body.html`) and strings by language.
pub struct EmailTheme {
    pub(crate) tera: tera::Tera,
    pub(crate) strings: BTreeMap<String, Strings>,
    /// The built-in English strings, the last resort.
    english: Strings,
}

impl std::fmt::Debug for EmailTheme {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EmailTheme")
            .field("languages", &self.strings.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl EmailTheme {
    /// The built-in theme, with any file present in `dir` (an `email/` folder) taking its place.
    pub fn load(dir: Option<&Path>) -> Result<EmailTheme, ThemeError> {
        let file = |name: &str, built_in: &str| -> Result<String, ThemeError> {
            match dir.map(|d| d.join(name)).filter(|p| p.is_file()) {
                Some(path) => crate::load::read_text(&path).map_err(|e| ThemeError::Read {
                    path,
                    source: match e {
                        crate::load::ReadError::Io(e) => e,
                        other => std::io::Error::other(other.to_string()),
                    },
                }),
                None => Ok(built_in.to_string()),
            }
        };
        let mut tera = tera::Tera::new();
        for (name, built_in) in [("body.txt", BODY_TXT), ("body.html", BODY_HTML)] {
            let text = file(name, built_in)?;
            tera.add_raw_template(name, &text)
                .map_err(|source| ThemeError::Template {
                    name: name.to_string(),
                    source,
                })?;
        }
        let mut strings = BTreeMap::new();
        let mut langs: Vec<String> = STRINGS.iter().map(|(l, _)| l.to_string()).collect();
        langs.extend(extra_languages(dir));
        for lang in langs {
            let name = format!("i18n/{lang}.yaml");
            let built_in = STRINGS
                .iter()
                .find(|(l, _)| *l == lang)
                .map_or("", |(_, s)| s);
            let text = file(&name, built_in)?;
            let parsed: Strings =
                serde_saphyr::from_str(&text).map_err(|e| ThemeError::Strings {
                    name: name.clone(),
                    message: e.to_string(),
                })?;
            strings.insert(lang, parsed);
        }
        let english = serde_saphyr::from_str(STRINGS[2].1).map_err(|e| ThemeError::Strings {
            name: "i18n/en.yaml".into(),
            message: e.to_string(),
        })?;
        Ok(EmailTheme {
            tera,
            strings,
            english,
        })
    }

    /// The strings for `lang`, else for `fallback`, else English.
    pub fn strings(&self, lang: &str, fallback: &str) -> (&str, &Strings) {
        for l in [lang, fallback, "en"] {
            if let Some((k, s)) = self.strings.get_key_value(l) {
                return (k, s);
            }
        }
        ("en", &self.english)
    }
}

/// Languages a theme folder adds beyond the built-in ones (`i18n/<lang>.yaml`).
fn extra_languages(dir: Option<&Path>) -> Vec<String> {
    let Some(entries) = dir.and_then(|d| std::fs::read_dir(d.join("i18n")).ok()) else {
        return Vec::new();
    };
    let mut out: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()?
                .strip_suffix(".yaml")
                .map(str::to_string)
        })
        .filter(|l| !BUILT_IN_LANGUAGES.contains(&l.as_str()))
        .filter(|l| l.len() <= 3 && l.bytes().all(|b| b.is_ascii_lowercase()))
        .collect();
    out.sort();
    out
}
