//! The theme: one folder (`themes/<name>/`) → everything a reader sees of the site and of the
//! e-mails, loaded once. Templates of pages, the Atom feed and the sitemap (`templates/`), of
//! e-mails (`email/body.txt`, `email/body.html`); language files with the UI strings, the money
//! and date formats and the typography (`i18n/<lang>.yaml`, `email/i18n/<lang>.yaml`); static
//! files (`static/`). The default theme is built into the binary; a programme's theme folder
//! overrides it file by file (a file at the same relative path wins).

mod email;
mod error;
mod lang;

pub use email::EmailStrings;
pub use error::ThemeError;
pub use lang::Strings;

use crate::i18n::format::Formats;
use crate::site::escape::escape_html;
use std::collections::BTreeMap;
use std::path::Path;

/// A loaded theme, ready to render any number of pages and e-mails.
pub struct Theme {
    pub(crate) tera: tera::Tera,
    langs: BTreeMap<String, lang::Language>,
    email: BTreeMap<String, EmailStrings>,
    /// `(path under static/, contents)`, sorted.
    pub(crate) static_files: Vec<(String, Vec<u8>)>,
}

impl std::fmt::Debug for Theme {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Theme")
            .field("languages", &self.langs.keys().collect::<Vec<_>>())
            .finish()
    }
}

/// The language whose strings and formats fill gaps in the others.
pub const BASE_LANG: &str = "en";

/// The theme used when the programme names none (`theme:` in `data/programme.yaml`).
pub const DEFAULT_NAME: &str = "default";

/// The default theme, built into the binary: a site root without `themes/default/` still builds.
static DEFAULT_THEME: include_dir::Dir<'_> =
    include_dir::include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// `(path relative to the theme folder, contents)`.
type Files = BTreeMap<String, Vec<u8>>;

impl Theme {
    /// The theme `name` of a site root: the built-in default theme, with every file of
    /// `themes/<name>/` taking the place of the file at the same path. A theme other than
    /// `default` must have its folder.
    pub fn of_root(root: &Path, name: &str) -> Result<Theme, ThemeError> {
        let dir = root.join("themes").join(name);
        if !dir.is_dir() && name != DEFAULT_NAME {
            return Err(ThemeError::Theme {
                path: dir,
                message: "the programme's `theme:` names a folder that does not exist".into(),
            });
        }
        Theme::load(&dir)
    }

    /// The built-in default theme with the files of `dir` (when it exists) overriding its own.
    pub fn load(dir: &Path) -> Result<Theme, ThemeError> {
        let mut files = embedded_files();
        if dir.is_dir() {
            files.extend(read_dir(dir)?);
        }
        Theme::from_files(dir, files)
    }

    /// The default theme built into the binary.
    pub fn embedded() -> Result<Theme, ThemeError> {
        Theme::from_files(Path::new("themes/default"), embedded_files())
    }

    /// Builds a theme from its files.
    fn from_files(dir: &Path, files: Files) -> Result<Theme, ThemeError> {
        let err = |rel: &str, message: String| ThemeError::Theme {
            path: dir.join(rel),
            message,
        };
        let text = |rel: &str, bytes: Vec<u8>| {
            String::from_utf8(bytes).map_err(|_| err(rel, "not UTF-8".into()))
        };
        let mut templates = Vec::new();
        let mut langs = BTreeMap::new();
        let mut email = BTreeMap::new();
        let mut static_files = Vec::new();
        for (rel, bytes) in files {
            if let Some(name) = template_name(&rel) {
                templates.push((name, text(&rel, bytes)?));
            } else if let Some(code) = lang_code(&rel, "i18n/") {
                let file = lang::Language::parse(&text(&rel, bytes)?).map_err(|m| err(&rel, m))?;
                langs.insert(code, file);
            } else if let Some(code) = lang_code(&rel, "email/i18n/") {
                let file = EmailStrings::parse(&text(&rel, bytes)?).map_err(|m| err(&rel, m))?;
                email.insert(code, file);
            } else if let Some(name) = rel.strip_prefix("static/") {
                static_files.push((name.to_string(), bytes));
            }
        }
        let Some(base) = langs.get(BASE_LANG) else {
            let m = format!("`{BASE_LANG}.yaml` is required (it fills gaps in other languages)");
            return Err(err("i18n", m));
        };
        let base_formats = base.formats.clone();
        for l in langs.values_mut() {
            l.complete(&base_formats).map_err(|m| err("i18n", m))?;
        }
        if !email.contains_key(BASE_LANG) {
            let m = format!("`{BASE_LANG}.yaml` is required (the last resort of every e-mail)");
            return Err(err("email/i18n", m));
        }
        for (code, strings) in &mut email {
            let formats = langs.get(code).unwrap_or(&langs[BASE_LANG]).formats();
            strings.apply_typography(formats);
        }
        let mut tera = tera::Tera::new();
        tera.set_escape_fn(escape_html);
        tera.add_raw_templates(templates)
            .map_err(|e| ThemeError::template("templates/*", &e))?;
        Ok(Theme {
            tera,
            langs,
            email,
            static_files,
        })
    }

    /// The UI strings for `lang`, completed from English.
    pub fn strings(&self, lang: &str) -> Strings {
        let mut out = self.langs[BASE_LANG].strings.clone();
        if let Some(own) = self.langs.get(lang) {
            out.extend(own.strings.iter().map(|(k, v)| (k.clone(), v.clone())));
        }
        out
    }

    /// The money and date formats of `lang` (English when the theme has no file for it).
    pub fn formats(&self, lang: &str) -> &Formats {
        self.langs
            .get(lang)
            .unwrap_or(&self.langs[BASE_LANG])
            .formats()
    }

    /// The e-mail strings for `lang`, else for `fallback`, else English; with the language chosen.
    pub fn email_strings(&self, lang: &str, fallback: &str) -> (&str, &EmailStrings) {
        for l in [lang, fallback] {
            if let Some((k, s)) = self.email.get_key_value(l) {
                return (k, s);
            }
        }
        (BASE_LANG, &self.email[BASE_LANG])
    }

    /// Renders a template (`project.html`, `atom.xml`, `email/body.txt`) with a context.
    pub fn render(&self, name: &str, context: &tera::Context) -> Result<String, ThemeError> {
        self.tera
            .render(name, context)
            .map_err(|e| ThemeError::template(name, &e))
    }
}

/// The Tera name of a theme file that is a template: `templates/<name>.{html,xml}` (flat), and
/// `email/body.txt`, `email/body.html`.
fn template_name(rel: &str) -> Option<String> {
    if let Some(name) = rel.strip_prefix("templates/") {
        let flat = !name.contains('/');
        return (flat && (name.ends_with(".html") || name.ends_with(".xml"))).then(|| name.into());
    }
    let email = rel.strip_prefix("email/")?;
    (!email.contains('/') && (email.ends_with(".txt") || email.ends_with(".html")))
        .then(|| rel.to_string())
}

/// The language code of `<prefix><code>.yaml` (`i18n/fr.yaml` → `fr`).
fn lang_code(rel: &str, prefix: &str) -> Option<String> {
    let code = rel.strip_prefix(prefix)?.strip_suffix(".yaml")?;
    (!code.contains('/')).then(|| code.to_string())
}

/// Every regular file under `dir`, by its `/`-separated path relative to `dir`.
fn read_dir(dir: &Path) -> Result<Files, ThemeError> {
    let mut files = Files::new();
    for entry in walkdir::WalkDir::new(dir)
        .follow_links(false)
        .sort_by_file_name()
    {
        let entry = entry.map_err(|e| ThemeError::Io {
            action: "reading",
            path: dir.into(),
            cause: e.into(),
        })?;
        if entry.file_type().is_file() {
            let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
            let rel: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            let bytes = crate::load::read_bytes(entry.path()).map_err(|e| ThemeError::Io {
                action: "reading",
                path: entry.path().to_path_buf(),
                cause: e,
            })?;
            files.insert(rel.join("/"), bytes);
        }
    }
    Ok(files)
}

fn embedded_files() -> Files {
    fn collect(dir: &include_dir::Dir<'_>, out: &mut Files) {
        for f in dir.files() {
            let rel = f.path().to_string_lossy().replace('\\', "/");
            out.insert(rel, f.contents().to_vec());
        }
        for d in dir.dirs() {
            collect(d, out);
        }
    }
    let mut files = Files::new();
    collect(&DEFAULT_THEME, &mut files);
    files
}

#[cfg(test)]
mod tests {
    use super::Theme;

    #[test]
    fn escapes_like_tera() {
        let input = "L'eau & <le> \"parc\" — été";
        let mut ours = Vec::new();
        super::escape_html(input, &mut ours).unwrap();
        let mut theirs = Vec::new();
        tera::escape_html(input, &mut theirs).unwrap();
        assert_eq!(
            String::from_utf8(ours).unwrap(),
            String::from_utf8(theirs).unwrap()
        );
    }

    #[test]
    fn the_built_in_theme_is_the_one_on_disk() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default");
        assert_eq!(super::read_dir(&dir).unwrap(), super::embedded_files());
        assert!(!Theme::embedded().unwrap().static_files.is_empty());
    }

    #[test]
    fn a_file_of_the_programme_s_theme_wins_and_the_others_stay_built_in() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("themes/green/static")).unwrap();
        std::fs::create_dir_all(dir.path().join("themes/green/email")).unwrap();
        std::fs::write(dir.path().join("themes/green/static/style.css"), "x").unwrap();
        std::fs::write(
            dir.path().join("themes/green/email/body.txt"),
            "{{ lang }}!",
        )
        .unwrap();
        let theme = Theme::of_root(dir.path(), "green").unwrap();
        let css = theme.static_files.iter().find(|(p, _)| p == "style.css");
        assert_eq!(css.map(|(_, b)| b.as_slice()), Some(&b"x"[..]));
        assert!(theme.static_files.iter().any(|(p, _)| p == "search.js"));
        let mut cx = tera::Context::new();
        cx.insert("lang", "nl");
        assert_eq!(theme.render("email/body.txt", &cx).unwrap(), "nl!");
        assert!(theme.render("project.html", &tera::Context::new()).is_err());
        assert!(theme.tera.get_template_names().any(|n| n == "project.html"));
        assert!(Theme::of_root(dir.path(), "blue").is_err());
        assert!(Theme::of_root(dir.path(), "default").is_ok());
    }
}
