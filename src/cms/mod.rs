//! CMS: the content model (the JSON Schemas of `wijk schema`) + the validated site's reference
//! data → the browser editor published under `/admin/` (Decap CMS): its configuration, one per
//! interface language, its entry page and the script that maps its file names onto the contract.

mod collections;
pub mod fields;
pub mod labels;
pub mod login;
pub mod saved;
mod translated_lists;
pub mod vendor;

pub use collections::translatable_fields;
pub use fields::Choices;
pub use labels::{Labels, UI_LANGUAGES};

use crate::model::{parse_https_url, Editing, Role, Site, UrlProblem, UrlUse};
use serde_json::{json, Value};
use std::path::Path;

/// The entry page, `{{lang}}`, `{{languages}}` and `{{title}}` filled in.
const INDEX_HTML: &str = include_str!("admin/index.html");
/// Registers the backends that map file names, then starts the editor.
const WIJK_CMS_JS: &str = include_str!("admin/wijk-cms.js");
/// Decap's own interface phrases that its French and Dutch lack or get wrong, by language and
/// dotted key; `wijk-cms.js` lays them over Decap's before it starts.
const PHRASES_JSON: &str = include_str!("admin/phrases.json");

/// The folder of the site the editor is published in.
pub const ADMIN_DIR: &str = "admin";

/// Where the editor saves.
#[derive(Clone, Debug)]
pub enum Target<'a> {
    /// The git hosting of `editing:` (a published site).
    Hosted(&'a Editing),
    /// A `decap-server` in git mode on this computer (`wijk serve`): no account needed.
    Local { proxy_url: String, branch: String },
}

/// The select options of the site: data files, persons by role, districts, editions, languages.
pub fn choices(site: &Site, lang: &str) -> Choices {
    let labelled = |terms: &[crate::model::Term]| -> Vec<(String, String)> {
        terms
            .iter()
            .map(|t| (t.id.as_str().to_string(), t.labels.get(lang).to_string()))
            .collect()
    };
    let persons = |role: Role| -> Vec<(String, String)> {
        site.persons
            .iter()
            .filter(|p| p.role == role)
            .map(|p| (p.id.as_str().to_string(), p.name.clone()))
            .collect()
    };
    let categories = site
        .programme
        .expense_categories
        .iter()
        .map(|(id, l)| (id.as_str().to_string(), l.get(lang).to_string()))
        .collect();
    let districts = site
        .districts
        .iter()
        .map(|d| (d.id.as_str().to_string(), d.name.clone()))
        .collect();
    let languages = site
        .programme
        .languages
        .iter()
        .map(|l| (l.clone(), l.clone()))
        .collect();
    Choices {
        ids: vec![
            ("theme", labelled(&site.themes)),
            ("commune", labelled(&site.communes)),
            ("category", categories),
            ("coach", persons(Role::Coach)),
            ("expert", persons(Role::Expert)),
            ("district", districts),
            ("lang", languages),
        ],
        editions: site.programme.editions.iter().map(|e| e.year).collect(),
    }
}

/// An address the editor's configuration would carry that is not `https://` (nor `http://` on
/// this computer): `validate` refuses it first; this is the last gate before it is published.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("refusing to publish `{key}: {value}` in the browser editor's configuration: {problem}")]
pub struct UnsafeUrl {
    pub key: &'static str,
    pub value: String,
    pub problem: UrlProblem,
}

/// Why the editor's files cannot be published.
#[derive(Debug, thiserror::Error)]
pub enum AdminError {
    #[error(transparent)]
    Vendor(#[from] vendor::VendorError),
    #[error(transparent)]
    Url(#[from] UnsafeUrl),
}

/// Every address of the configuration, checked as `validate` checks them.
fn check_urls(site: &Site, target: &Target) -> Result<(), UnsafeUrl> {
    let base = site.programme.base_url.as_str();
    let mut urls: Vec<(&'static str, &str)> = vec![];
    if !base.is_empty() {
        urls.push(("site_url", base));
    }
    match target {
        Target::Local { proxy_url, .. } => urls.push(("proxy_url", proxy_url)),
        Target::Hosted(e) => {
            urls.extend(e.base_url.as_deref().map(|u| ("base_url", u)));
            urls.extend(e.api_root.as_deref().map(|u| ("api_root", u)));
        }
    }
    for (key, value) in urls {
        parse_https_url(value, UrlUse::Service).map_err(|problem| UnsafeUrl {
            key,
            value: value.to_string(),
            problem,
        })?;
    }
    Ok(())
}

/// The editor's configuration with its labels in `ui_lang`; refused when an address in it is
/// not `https://` (`http://` only on this computer).
pub fn config(site: &Site, target: &Target, ui_lang: &str) -> Result<Value, UnsafeUrl> {
    check_urls(site, target)?;
    let labels = Labels::new(ui_lang);
    let choices = choices(site, ui_lang);
    let langs = &site.programme.languages;
    Ok(json!({
        "locale": ui_lang,
        "backend": backend(target),
        "publish_mode": "editorial_workflow",
        "site_url": site.programme.base_url,
        "media_folder": "content/pages/assets",
        "public_folder": "assets",
        "slug": { "encoding": "ascii", "clean_accents": true, "sanitize_replacement": "-" },
        "i18n": {
            "structure": "multiple_files",
            "locales": langs,
            "default_locale": site.programme.default_lang(),
        },
        "collections": collections::collections(site, &labels, &choices),
    }))
}

/// The `backend:` section. Its name is one the entry script registers (`wijk-github`, …): the
/// hosting's own backend wrapped so that an original is `<id>.md`, as the contract says.
fn backend(target: &Target) -> Value {
    match target {
        Target::Local { proxy_url, branch } => json!({
            "name": "wijk-proxy",
            "proxy_url": proxy_url,
            "branch": branch,
        }),
        Target::Hosted(e) => {
            let mut b = json!({
                "name": format!("wijk-{}", e.backend.as_str()),
                "branch": e.branch,
                "squash_merges": true,
            });
            let optional = [
                ("repo", &e.repo),
                ("base_url", &e.base_url),
                ("auth_endpoint", &e.auth_endpoint),
                ("app_id", &e.app_id),
                ("api_root", &e.api_root),
            ];
            for (key, value) in optional {
                if let Some(v) = value {
                    b[key] = json!(v);
                }
            }
            if e.app_id.is_some() && e.backend == crate::model::Backend::Gitlab {
                b["auth_type"] = json!("pkce");
            }
            // Decap's open authoring; it needs the editorial workflow, which is always on.
            if e.open_authoring {
                b["open_authoring"] = json!(true);
            }
            b
        }
    }
}

/// The editor's own files: `index.html`, `wijk-cms.js` and `config.<lang>.yml` per interface
/// language, as `(path under the admin folder, bytes)`; refused when an address of the
/// configuration is not `https://`.
pub fn admin_files(site: &Site, target: &Target) -> Result<Vec<(String, Vec<u8>)>, UnsafeUrl> {
    let first = site.programme.default_lang();
    let ui_first = if UI_LANGUAGES.contains(&first) {
        first
    } else {
        "en"
    };
    let mut ui: Vec<&str> = vec![ui_first];
    ui.extend(UI_LANGUAGES.iter().filter(|l| **l != ui_first));
    let title = format!("{} — {}", site.programme.name.get(first), "Decap CMS");
    // The programme's name last: what it holds is never read as a placeholder.
    let index = INDEX_HTML
        .replace("{{notice}}", &login::html(site.programme.editing.as_ref()))
        .replace("{{saved}}", &saved::html(site.programme.editing.as_ref()))
        .replace("{{phrases}}", &PHRASES_JSON.replace('<', "\\u003c"))
        .replace("{{lang}}", ui_first)
        .replace("{{languages}}", &ui.join(" "))
        .replace("{{title}}", &crate::site::escape::xml(&title));
    let mut files = vec![
        ("index.html".to_string(), index.into_bytes()),
        ("wijk-cms.js".to_string(), WIJK_CMS_JS.as_bytes().to_vec()),
    ];
    for lang in &ui {
        let text = format!(
            "# The browser editor's configuration (Decap CMS {}), labels in `{lang}`.\n# Generated by `wijk cms` from the content model and the data files: do not edit.\n{:#}\n",
            vendor::DECAP_VERSION,
            config(site, target, lang)?
        );
        files.push((format!("config.{lang}.yml"), text.into_bytes()));
    }
    Ok(files)
}

/// The editor's files and Decap CMS (the site root's own `vendor/decap-cms/`, else the one built
/// into wijk), as `(path under the admin folder, bytes)`; Decap's files are checked against
/// their SHA-256 first.
pub fn admin_with_vendor(
    site: &Site,
    target: &Target,
    root: &Path,
) -> Result<Vec<(String, Vec<u8>)>, AdminError> {
    let mut files = admin_files(site, target)?;
    let vendored = vendor::for_root(root)?;
    files.extend(
        vendored
            .into_iter()
            .map(|(name, bytes)| (format!("decap-cms/{name}"), bytes)),
    );
    Ok(files)
}
