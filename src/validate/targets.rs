//! What a Markdown body points at: `@/` links (`link.broken`), files under `content/` a link
//! publishes (pictures as their copies, documents of the allow-list as they are, anything else
//! `asset.type`), and images (`asset.missing`, `asset.external`, the pictures they show).

use super::picture::{check_picture, Shown};
use crate::diag::{Diagnostic, Rule, Span};
use crate::load::Corpus;
use crate::markdown::is_external;
use crate::model::ContentPath;
use crate::msg;
use std::path::{Component, Path, PathBuf};

/// A picture referenced from a file: (picture, referencing file, span of the reference).
pub(crate) type PictureRef = (PathBuf, PathBuf, Span);

/// What a body shows or links to that the site publishes: pictures (as variants) and documents
/// of an allowed type (as they are), root-relative.
#[derive(Default)]
pub(crate) struct Published {
    pub pictures: Vec<PictureRef>,
    pub documents: Vec<PathBuf>,
}

/// `link.broken` for an `@/` link whose target is not a content file.
pub(super) fn internal_link(
    corpus: &Corpus,
    file: &Path,
    target: &str,
    dest: &str,
    span: Span,
) -> Option<Diagnostic> {
    let path = target.split('#').next().unwrap_or("");
    // The same layout as the URL mapping: a translation's link leads to its page.
    let page = ContentPath::of_link(path);
    if page.is_some_and(|p| corpus.content_files.contains(&p.original())) {
        return None;
    }
    let m = msg!("link-broken", link = dest);
    Some(Diagnostic::new(Rule::LinkBroken, file, span, m).with_help(msg!("link-broken.help")))
}

/// The diagnostics of a link to a file under `content/` (a missing file is a dead link, not a
/// publication): a picture is published as its variants, a document of an allowed type as it
/// is; anything else is `asset.type`.
pub(super) fn linked_file(
    corpus: &Corpus,
    file: &Path,
    target: PathBuf,
    span: Span,
    found: &mut Published,
) -> Vec<Diagnostic> {
    use crate::documents::Refused;
    use crate::pictures::ProbeError;
    match (corpus.pictures.get(&target), corpus.documents.get(&target)) {
        (Some(Err(ProbeError::Unsupported { format: "SVG" })), _) => {
            vec![asset_type(file, &target, &Refused::Active("SVG"), span)]
        }
        (Some(_), _) => shown_picture(corpus, file, target, span, &mut found.pictures),
        (None, Some(Ok(_))) => {
            found.documents.push(target);
            Vec::new()
        }
        (None, Some(Err(refused))) => vec![asset_type(file, &target, refused, span)],
        (None, None) => Vec::new(),
    }
}

/// `asset.type`: a linked file that is not published, and why.
fn asset_type(
    file: &Path,
    target: &Path,
    refused: &crate::documents::Refused,
    span: Span,
) -> Diagnostic {
    use crate::documents::Refused;
    let name = target
        .strip_prefix("content")
        .unwrap_or(target)
        .to_string_lossy()
        .replace('\\', "/");
    let (m, help) = match refused {
        Refused::Active(kind) => (
            msg!("asset-type-active", name = name, kind = *kind),
            msg!("asset-type-active.help"),
        ),
        Refused::NoExtension => (
            msg!("asset-type-no-extension", name = name),
            msg!("asset-type-no-extension.help"),
        ),
        Refused::WrongExtension { found } => (
            msg!(
                "asset-type-extension",
                name = name,
                kind = found.extension().to_ascii_uppercase()
            ),
            msg!("asset-type-extension.help", ext = found.extension()),
        ),
        Refused::Unknown | Refused::Unreadable(_) => (
            msg!("asset-type-unknown", name = name),
            msg!("asset-type-unknown.help"),
        ),
    };
    Diagnostic::new(Rule::AssetType, file, span, m).with_help(help)
}

/// `asset.external`: an image a reader's browser would load from another site.
pub(super) fn external_image(file: &Path, url: &str, span: Span) -> Diagnostic {
    let m = msg!("asset-external", image = url);
    Diagnostic::new(Rule::AssetExternal, file, span, m).with_help(msg!("asset-external.help"))
}

/// The diagnostics of a picture a body shows or links to; a picture in a format the site can
/// show is added to `pictures`.
pub(super) fn shown_picture(
    corpus: &Corpus,
    file: &Path,
    target: PathBuf,
    span: Span,
    pictures: &mut Vec<PictureRef>,
) -> Vec<Diagnostic> {
    let d = check_picture(corpus, file, &target, span, Shown::Inline);
    if !d.iter().any(|d| d.rule == Rule::AssetFormat) {
        pictures.push((target, file.to_path_buf(), span));
    }
    d
}

/// The root-relative file a local link or image target points at, if any.
pub(super) fn local_target(file: &Path, dest: &str) -> Option<PathBuf> {
    if is_external(dest) || dest.starts_with('/') || dest.starts_with('#') || dest.is_empty() {
        return None;
    }
    resolve_relative(file, dest.split(['#', '?']).next().unwrap_or(dest))
}

/// The asset an image shows (`None` for an empty target); `asset.external` for an image of
/// another site (`https://…`, `//host/…`, any scheme), `asset.missing` for a file that is not
/// under `content/` or a path from the root (`/tmp/x.png`), which is never emitted as it is.
pub(super) fn check_image(
    corpus: &Corpus,
    file: &Path,
    dest: &str,
    span: Span,
) -> Result<Option<PathBuf>, Diagnostic> {
    if dest.is_empty() {
        return Ok(None);
    }
    if is_external(dest) {
        return Err(external_image(file, dest, span));
    }
    let resolved = local_target(file, dest);
    if let Some(p) = resolved.filter(|p| corpus.assets.contains(p)) {
        return Ok(Some(p));
    }
    let help = if dest.starts_with('/') {
        msg!("asset-absolute.help")
    } else {
        msg!("asset-missing.help")
    };
    let dest = dest.split(['#', '?']).next().unwrap_or(dest);
    let m = msg!("asset-missing", image = dest);
    Err(Diagnostic::new(Rule::AssetMissing, file, span, m).with_help(help))
}

/// Resolves `dest` relative to the folder of `file` (both root-relative); `None` if it leaves `content/`.
pub fn resolve_relative(file: &Path, dest: &str) -> Option<PathBuf> {
    let mut parts: Vec<String> = file
        .parent()?
        .components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    for seg in dest.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s.to_string()),
        }
    }
    (parts.first().map(String::as_str) == Some("content")).then(|| parts.iter().collect())
}

#[cfg(test)]
mod tests {
    use super::resolve_relative;
    use std::path::{Path, PathBuf};

    #[test]
    fn resolves_images_relative_to_the_file() {
        let f = Path::new("content/districts/b/projects/p.md");
        assert_eq!(
            resolve_relative(f, "../assets/x.jpg"),
            Some(PathBuf::from("content/districts/b/assets/x.jpg"))
        );
        assert_eq!(resolve_relative(f, "../../../../../etc/passwd"), None);
        assert_eq!(resolve_relative(f, "../../../../data/x"), None);
    }
}
