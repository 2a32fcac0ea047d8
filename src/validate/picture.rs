//! Validation of pictures where they are referenced (Markdown images and links, covers):
//! `asset.missing`, `asset.format` (what the probe refused) and `asset.size` (a heavy file, a
//! cover narrower than it is shown), each at the reference.

use super::ctx::Ctx;
use crate::diag::{Diagnostic, Rule, Span};
use crate::load::raw::{RawCover, S};
use crate::load::{Corpus, Doc};
use crate::pictures::{is_picture_path, ProbeError, WARN_FILE_BYTES};
use std::path::{Path, PathBuf};

/// The widest a cover is shown (the page column, in CSS pixels): a narrower cover is stretched.
pub const COVER_SHOWN_WIDTH: u32 = 960;

/// How a picture is referenced.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shown {
    /// A Markdown image, shown at most at its own width.
    Inline,
    /// A cover, stretched to the column.
    Cover,
}

/// The diagnostics of a reference at `span` in `file` to the picture `target` (root-relative).
pub(crate) fn check_picture(
    corpus: &Corpus,
    file: &Path,
    target: &Path,
    span: Span,
    shown: Shown,
) -> Vec<Diagnostic> {
    let name = target.display();
    let Some(probe) = corpus.pictures.get(target) else {
        if is_picture_path(target) || !corpus.assets.contains(target) {
            return Vec::new();
        }
        let msg = format!("`{name}` is not an image; images are JPEG, PNG or WebP files");
        return vec![Diagnostic::new(Rule::AssetFormat, file, span, msg)
            .with_help("link to a document with [text](file), not ![text](file)")];
    };
    let probe = match probe {
        Ok(p) => p,
        Err(e) => {
            let help = match e {
                ProbeError::Unsupported { format: "HEIC" } => "export the photo as JPEG (on a phone: share it as \"Most compatible\", or set the camera to JPEG)",
                ProbeError::Unsupported { .. } => "convert it to JPEG (photos) or PNG (drawings)",
                ProbeError::WrongExtension { .. } => "rename the file with the extension of its format",
                ProbeError::TooManyPixels { .. } | ProbeError::TooLarge { .. } => {
                    "resize it to at most 4000 pixels wide before adding it"
                }
                ProbeError::Corrupt(_) | ProbeError::Io(_) => "open it in an image editor and save it again",
            };
            let msg = format!("image `{name}`: {e}");
            return vec![Diagnostic::new(Rule::AssetFormat, file, span, msg).with_help(help)];
        }
    };
    let mut out = Vec::new();
    if probe.bytes > WARN_FILE_BYTES {
        let msg = format!(
            "image `{name}` is {:.1} MB, over 20 MB",
            probe.bytes as f64 / 1e6
        );
        out.push(
            Diagnostic::new(Rule::AssetSize, file, span, msg)
                .with_help("published copies are resized, but the repository keeps the original: resize it to about 4000 pixels wide"),
        );
    }
    if shown == Shown::Cover && probe.width < COVER_SHOWN_WIDTH {
        let msg = format!(
            "cover `{name}` is {} pixels wide, narrower than the {COVER_SHOWN_WIDTH} pixels it is shown at: it will look blurred",
            probe.width
        );
        out.push(
            Diagnostic::new(Rule::AssetSize, file, span, msg)
                .with_help("use the original photo, at least 960 pixels wide"),
        );
    }
    out
}

/// Checks a `cover:` field: the picture exists and can be published, its text is not empty.
/// Returns the picture's root-relative path and its alternative text; records the reference.
pub(crate) fn cover<T>(ctx: &mut Ctx, doc: &Doc<T>, c: &S<RawCover>) -> Option<(PathBuf, String)> {
    let src = &c.value.src;
    let span = doc.span(src);
    let dest = src.value.trim();
    let resolved =
        super::resolve_relative(&doc.file, dest).filter(|p| ctx.corpus.assets.contains(p));
    let Some(path) = resolved else {
        let msg = format!("image `{dest}` does not exist");
        ctx.emit(
            Rule::AssetMissing,
            &doc.file,
            span,
            msg,
            "the cover is relative to the file, e.g. assets/garden.jpg next to district.md",
        );
        return None;
    };
    let diags = check_picture(ctx.corpus, &doc.file, &path, span, Shown::Cover);
    let refused = diags.iter().any(|d| d.rule == Rule::AssetFormat);
    ctx.extend(diags);
    let alt = c.value.alt.value.trim().to_string();
    if alt.is_empty() {
        ctx.emit(
            Rule::A11yAlt,
            &doc.file,
            doc.span(&c.value.alt),
            format!("cover `{dest}` has no alternative text"),
            "describe what the picture shows: alt: \"Les bacs de culture au printemps\"",
        );
    }
    super::text::check_public_text(ctx, doc, &c.value.alt);
    if refused {
        return None;
    }
    ctx.pictures.push((path.clone(), doc.file.clone(), span));
    Some((path, alt))
}
