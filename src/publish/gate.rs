//! The one gate of the output: every file of the site, whether `build` writes it or `serve`
//! answers with it, passes [`admit`], which knows where the file came from and refuses anything
//! else; [`Gate`] then scans it for private addresses and writes it.

use super::output::{write_file, LeakScanner, Written};
use crate::documents::DocumentType;
use crate::model::Site;
use crate::render::{Output, RenderError};
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// Where a file of the output comes from: nothing else is published.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A page or data file that wijk rendered from the model.
    Rendered,
    /// A picture that wijk decoded and encoded again (a JPEG or PNG variant under `media/`).
    Picture,
    /// A document linked from content, of the allowed type its bytes showed when checked.
    Document(DocumentType),
    /// A static file of the theme (`static/`), or of the browser editor (`admin/`).
    Theme,
}

/// Whether a file from `origin` may be published at `path` (relative, `/`-separated) with
/// `bytes`; the reason when not. A document's bytes are checked again here: what is written is
/// what was allowed, even if the file changed since it was checked.
pub fn admit(origin: Origin, path: &str, bytes: &[u8]) -> Result<(), String> {
    let safe_path = !path.is_empty()
        && !path.contains(['\\', '\0'])
        && path
            .split('/')
            .all(|s| !s.is_empty() && s != "." && s != "..");
    if !safe_path {
        return Err("not a relative path inside the output".into());
    }
    let top = path.split('/').next().unwrap_or("");
    match origin {
        Origin::Rendered if matches!(top, "media" | "static" | "admin") => {
            Err(format!("a rendered file cannot be published under {top}/"))
        }
        Origin::Rendered => Ok(()),
        Origin::Theme if matches!(top, "static" | "admin") => Ok(()),
        Origin::Theme => Err("a theme file is published under static/ only".into()),
        Origin::Picture if top == "media" && is_encoded_picture(path, bytes) => Ok(()),
        Origin::Picture => Err("not a JPEG or PNG variant under media/".into()),
        Origin::Document(t) if top != "media" => Err(format!(
            "a {} document is published under media/ only",
            t.name()
        )),
        Origin::Document(t) => match crate::documents::detect(path, bytes) {
            Ok(found) if found == t => Ok(()),
            Ok(found) => Err(format!("checked as {}, now {}", t.name(), found.name())),
            Err(refused) => Err(refused.to_string()),
        },
    }
}

/// Whether `bytes` are the JPEG or PNG its name says (what the picture encoders write).
fn is_encoded_picture(path: &str, bytes: &[u8]) -> bool {
    let ext = path.rsplit_once('.').map_or("", |(_, e)| e);
    match ext {
        "jpg" => bytes.starts_with(&[0xFF, 0xD8, 0xFF]),
        "png" => bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
        _ => false,
    }
}

/// Writes admitted files into the output folder, each scanned for private addresses.
pub struct Gate<'a> {
    dir: &'a Path,
    scanner: &'a LeakScanner,
}

impl<'a> Gate<'a> {
    /// A gate writing into `dir`, scanning with `scanner`.
    pub fn new(dir: &'a Path, scanner: &'a LeakScanner) -> Gate<'a> {
        Gate { dir, scanner }
    }

    /// Publishes one file, or refuses it (and the build with it).
    pub fn publish(
        &self,
        origin: Origin,
        path: &str,
        bytes: &[u8],
    ) -> Result<Written, RenderError> {
        admit(origin, path, bytes).map_err(|why| RenderError::Refused {
            file: path.into(),
            why,
        })?;
        let leak = self.scanner.hits(bytes);
        write_file(&self.dir.join(path), bytes)?;
        Ok(Written {
            path: path.to_string(),
            leak,
        })
    }

    /// Publishes files of one origin; each is dropped once written, so that pages never pile
    /// up in memory.
    pub fn publish_all(
        &self,
        origin: Origin,
        outputs: Vec<Output>,
    ) -> Result<Vec<Written>, RenderError> {
        outputs
            .into_iter()
            .map(|o| self.publish(origin, &o.path, &o.bytes))
            .collect()
    }

    /// Publishes the site's linked documents, read again from disk, in parallel.
    pub fn publish_documents(&self, site: &Site) -> Result<Vec<Written>, RenderError> {
        documents(site)
            .par_iter()
            .map(|(rel, src, t)| {
                let bytes =
                    crate::load::read_bytes(src).map_err(|e| RenderError::io("reading", src, e))?;
                self.publish(Origin::Document(*t), rel, &bytes)
            })
            .collect()
    }
}

/// The linked documents of `site`: (path under the output, file on disk, type).
pub fn documents(site: &Site) -> Vec<(String, PathBuf, DocumentType)> {
    site.documents
        .iter()
        .filter_map(|(rel, t)| Some((crate::site::urls::media(rel)?, site.root.join(rel), *t)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_origin_publishes_only_its_own_kind_of_file() {
        let pdf = b"%PDF-1.4\n%%EOF\n";
        let html = b"<html><script>x()</script></html>";
        assert!(admit(Origin::Rendered, "fr/index.html", html).is_ok());
        assert!(admit(Origin::Rendered, "media/e.html", html).is_err());
        assert!(admit(Origin::Theme, "static/site.css", b"a{}").is_ok());
        assert!(admit(Origin::Theme, "admin/index.html", html).is_ok());
        assert!(admit(Origin::Theme, "media/x.css", b"a{}").is_err());
        let doc = Origin::Document(DocumentType::Pdf);
        assert!(admit(doc, "media/pages/assets/plan.pdf", pdf).is_ok());
        assert!(admit(doc, "media/pages/assets/e.html", html).is_err());
        assert!(admit(doc, "media/pages/assets/plan.pdf", html).is_err());
        assert!(admit(doc, "fr/plan.pdf", pdf).is_err());
        let text = Origin::Document(DocumentType::Text);
        assert!(
            admit(text, "media/a/plan.pdf", pdf).is_err(),
            "changed type"
        );
        assert!(admit(
            Origin::Picture,
            "media/a/b-1-480.jpg",
            &[0xFF, 0xD8, 0xFF, 0]
        )
        .is_ok());
        assert!(admit(Origin::Picture, "media/a/b-1-480.png", &[0xFF, 0xD8, 0xFF]).is_err());
        assert!(admit(Origin::Picture, "media/a/b.html", html).is_err());
        for path in ["", "/etc/x", "media/../x", "media//x", "a\\b", "./x"] {
            assert!(admit(Origin::Rendered, path, b"").is_err(), "{path}");
        }
    }
}
