//! The language a content file is written in, for the messages about it: its front matter's
//! `lang`, else its district's `lang`, else its `.nl.md` suffix. Read line by line, so that a
//! file whose YAML does not parse still has one.

use crate::i18n::Lang;
use crate::model::ContentPath;
use crate::site::Kind;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The languages of the files diagnostics are about, read once per file under `root`.
#[derive(Default)]
pub struct FileLangs {
    known: HashMap<PathBuf, Option<Lang>>,
}

impl FileLangs {
    /// The language of `file` (relative to `root`), `None` for data files and files that say
    /// none.
    pub fn of(&mut self, root: &Path, file: &Path) -> Option<Lang> {
        if let Some(l) = self.known.get(file) {
            return *l;
        }
        let lang = front_matter_lang(root, file)
            .or_else(|| district_file(file).and_then(|d| front_matter_lang(root, &d)))
            .or_else(|| suffix_lang(file));
        self.known.insert(file.to_path_buf(), lang);
        lang
    }

    /// Sets the language of each diagnostic's file.
    pub fn mark(&mut self, root: &Path, diags: &mut [crate::diag::Diagnostic]) {
        for d in diags {
            d.lang = self.of(root, &d.file);
        }
    }
}

/// `lang:` at the top level of the file's front matter.
fn front_matter_lang(root: &Path, file: &Path) -> Option<Lang> {
    if file.extension().and_then(|e| e.to_str()) != Some("md") {
        return None;
    }
    let text = super::read_text(&root.join(file)).ok()?;
    let mut lines = text.trim_start_matches('\u{feff}').lines();
    if lines.next()?.trim_end() != "---" {
        return None;
    }
    lines
        .take_while(|l| l.trim_end() != "---")
        .find_map(|l| l.strip_prefix("lang:"))
        .and_then(|v| Lang::parse(v.split('#').next()?.trim().trim_matches(['"', '\''])))
}

/// `content/districts/<d>/district.md` for a file under `content/districts/<d>/`.
fn district_file(file: &Path) -> Option<PathBuf> {
    let mut parts = file.components().map(|c| c.as_os_str());
    let (content, districts, district) = (parts.next()?, parts.next()?, parts.next()?);
    let district = district.to_str()?;
    (content == "content" && districts == Kind::District.folder() && parts.next().is_some())
        .then(|| ContentPath::original_of(Kind::District, None, district).original())
        .filter(|d| d != file)
}

/// The language of a translation's `<id>.<lang>.md` name.
fn suffix_lang(file: &Path) -> Option<Lang> {
    let stem = file.file_stem()?.to_str()?;
    let (_, code) = stem.rsplit_once('.')?;
    Lang::parse(code).filter(|l| l.code() == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_suffix_and_a_district_path() {
        let p = Path::new("content/districts/wiels/projects/potager.nl.md");
        assert_eq!(suffix_lang(p), Some(Lang::Nl));
        assert_eq!(suffix_lang(Path::new("content/pages/about.md")), None);
        assert_eq!(
            district_file(p),
            Some(PathBuf::from("content/districts/wiels/district.md"))
        );
        assert_eq!(
            district_file(Path::new("content/districts/wiels/district.md")),
            None
        );
    }
}
