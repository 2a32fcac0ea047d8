//! The theme: templates (compiled once), UI strings per language and static files.

use super::RenderError;
use std::collections::BTreeMap;
use std::path::Path;

/// UI strings of one language (`i18n/<lang>.yaml`): key → text.
pub type Strings = BTreeMap<String, String>;

/// A loaded theme, ready to render any number of pages.
pub struct Theme {
    pub(crate) tera: tera::Tera,
    strings: BTreeMap<String, Strings>,
    /// `(path under static/, contents)`, sorted.
    pub(crate) static_files: Vec<(String, Vec<u8>)>,
}

/// The language whose strings fill gaps in the others.
const BASE_LANG: &str = "en";

/// The default theme, built into the binary: a site root without `themes/default/` still builds.
static DEFAULT_THEME: include_dir::Dir<'_> =
    include_dir::include_dir!("$CARGO_MANIFEST_DIR/themes/default");

impl Theme {
    /// Loads `dir/templates/*.html`, `dir/i18n/*.yaml` and `dir/static/**`.
    pub fn load(dir: &Path) -> Result<Theme, RenderError> {
        let mut files = Vec::new();
        for entry in walkdir::WalkDir::new(dir)
            .follow_links(false)
            .sort_by_file_name()
        {
            let entry = entry.map_err(|e| RenderError::io("reading", dir, e.into()))?;
            if entry.file_type().is_file() {
                let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
                let rel: Vec<String> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                let bytes = crate::load::read_bytes(entry.path())
                    .map_err(|e| RenderError::io("reading", entry.path(), e))?;
                files.push((rel.join("/"), bytes));
            }
        }
        Theme::from_files(dir, files)
    }

    /// The theme of a site root: `themes/default/` if it has one, else the built-in theme.
    pub fn of_root(root: &Path) -> Result<Theme, RenderError> {
        let dir = root.join("themes").join("default");
        if dir.is_dir() {
            Theme::load(&dir)
        } else {
            Theme::embedded()
        }
    }

    /// The default theme built into the binary.
    pub fn embedded() -> Result<Theme, RenderError> {
        let mut files = Vec::new();
        collect_embedded(&DEFAULT_THEME, &mut files);
        files.sort();
        Theme::from_files(Path::new("themes/default"), files)
    }

    /// Builds a theme from its files, `(path relative to the theme folder, contents)`.
    fn from_files(dir: &Path, files: Vec<(String, Vec<u8>)>) -> Result<Theme, RenderError> {
        let text = |rel: &str, bytes: Vec<u8>| {
            String::from_utf8(bytes).map_err(|_| RenderError::Theme {
                path: dir.join(rel),
                message: "not UTF-8".into(),
            })
        };
        let mut templates = Vec::new();
        let mut strings = BTreeMap::new();
        let mut static_files = Vec::new();
        for (rel, bytes) in files {
            if let Some(name) = rel
                .strip_prefix("templates/")
                .filter(|n| n.ends_with(".html") && !n.contains('/'))
            {
                templates.push((name.to_string(), text(&rel, bytes)?));
            } else if let Some(name) = rel
                .strip_prefix("i18n/")
                .and_then(|n| n.strip_suffix(".yaml"))
            {
                let map: Strings = serde_saphyr::from_str(&text(&rel, bytes)?).map_err(|e| {
                    RenderError::Theme {
                        path: dir.join(&rel),
                        message: e.to_string(),
                    }
                })?;
                strings.insert(name.to_string(), map);
            } else if let Some(name) = rel.strip_prefix("static/") {
                static_files.push((name.to_string(), bytes));
            }
        }
        if templates.is_empty() {
            return Err(RenderError::Theme {
                path: dir.join("templates"),
                message: "no templates/*.html".into(),
            });
        }
        let mut tera = tera::Tera::new();
        tera.set_escape_fn(escape_html);
        tera.add_raw_templates(templates)
            .map_err(|e| RenderError::template("templates/*.html", &e))?;
        if !strings.contains_key(BASE_LANG) {
            return Err(RenderError::Theme {
                path: dir.join("i18n"),
                message: format!(
                    "`{BASE_LANG}.yaml` is required (it fills gaps in other languages)"
                ),
            });
        }
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

/// Tera's HTML escaping (`& < > " '`), writing the runs between special characters in one call
/// each instead of byte by byte: the same output, several times faster on long texts.
pub(crate) fn escape_html(input: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let bytes = input.as_bytes();
    let mut start = 0;
    for (i, b) in bytes.iter().enumerate() {
        let entity: &[u8] = match b {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'"' => b"&quot;",
            b'\'' => b"&#39;",
            _ => continue,
        };
        out.write_all(&bytes[start..i])?;
        out.write_all(entity)?;
        start = i + 1;
    }
    out.write_all(&bytes[start..])
}

fn collect_embedded(dir: &include_dir::Dir<'_>, out: &mut Vec<(String, Vec<u8>)>) {
    for f in dir.files() {
        out.push((
            f.path().to_string_lossy().replace('\\', "/"),
            f.contents().to_vec(),
        ));
    }
    for d in dir.dirs() {
        collect_embedded(d, out);
    }
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
    fn the_built_in_theme_matches_the_one_on_disk() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default");
        let disk = Theme::load(&dir).unwrap();
        let built_in = Theme::embedded().unwrap();
        assert_eq!(disk.static_files, built_in.static_files);
        assert_eq!(disk.strings("nl"), built_in.strings("nl"));
        assert!(!built_in.static_files.is_empty());
    }
}
