//! The theme: templates (compiled once), UI strings per language and static files.

use super::RenderError;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// UI strings of one language (`i18n/<lang>.yaml`): key → text.
pub type Strings = BTreeMap<String, String>;

/// A loaded theme, ready to render any number of pages.
pub struct Theme {
    pub(crate) tera: tera::Tera,
    strings: BTreeMap<String, Strings>,
    /// `(path under static/, file on disk)`, sorted.
    pub(crate) static_files: Vec<(String, PathBuf)>,
}

/// The language whose strings fill gaps in the others.
const BASE_LANG: &str = "en";

impl Theme {
    /// Loads `dir/templates/*.html`, `dir/i18n/*.yaml` and lists `dir/static/`.
    pub fn load(dir: &Path) -> Result<Theme, RenderError> {
        let mut tera = tera::Tera::new();
        let mut templates = Vec::new();
        for (name, path) in files_in(&dir.join("templates"), "html")? {
            templates.push((name, read(&path)?));
        }
        tera.add_raw_templates(templates)
            .map_err(|e| RenderError::template("templates/*.html", &e))?;
        let mut strings = BTreeMap::new();
        for (name, path) in files_in(&dir.join("i18n"), "yaml")? {
            let text = read(&path)?;
            let map: Strings = serde_saphyr::from_str(&text).map_err(|e| RenderError::Theme {
                path: path.clone(),
                message: e.to_string(),
            })?;
            strings.insert(name.trim_end_matches(".yaml").to_string(), map);
        }
        if !strings.contains_key(BASE_LANG) {
            return Err(RenderError::Theme {
                path: dir.join("i18n"),
                message: format!(
                    "`{BASE_LANG}.yaml` is required (it fills gaps in other languages)"
                ),
            });
        }
        let static_files = walk_static(&dir.join("static"))?;
        Ok(Theme {
            tera,
            strings,
            static_files,
        })
    }

    /// The UI strings for `lang`, completed from English.
    pub fn strings(&self, lang: &str) -> Strings {
        let mut out = self.strings.get(BASE_LANG).cloned().unwrap_or_default();
        if let Some(own) = self.strings.get(lang) {
            out.extend(own.iter().map(|(k, v)| (k.clone(), v.clone())));
        }
        out
    }

    /// Renders a template with a context.
    pub fn render(&self, name: &str, context: &tera::Context) -> Result<String, RenderError> {
        self.tera
            .render(name, context)
            .map_err(|e| RenderError::template(name, &e))
    }
}

fn read(path: &Path) -> Result<String, RenderError> {
    std::fs::read_to_string(path).map_err(|e| RenderError::io("reading", path, e))
}

/// Regular files of `dir` with extension `ext`, as `(file name, path)`, sorted.
fn files_in(dir: &Path, ext: &str) -> Result<Vec<(String, PathBuf)>, RenderError> {
    let entries = std::fs::read_dir(dir).map_err(|e| RenderError::io("reading", dir, e))?;
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| RenderError::io("reading", dir, e))?;
        let path = entry.path();
        let is_file = entry.file_type().is_ok_and(|t| t.is_file());
        if is_file && path.extension().is_some_and(|e| e == ext) {
            out.push((entry.file_name().to_string_lossy().into_owned(), path));
        }
    }
    out.sort();
    Ok(out)
}

fn walk_static(dir: &Path) -> Result<Vec<(String, PathBuf)>, RenderError> {
    let mut out = Vec::new();
    if !dir.exists() {
        return Ok(out);
    }
    for entry in walkdir::WalkDir::new(dir)
        .follow_links(false)
        .sort_by_file_name()
    {
        let entry = entry.map_err(|e| RenderError::io("reading", dir, e.into()))?;
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
        let rel: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        out.push((rel.join("/"), entry.path().to_path_buf()));
    }
    Ok(out)
}
