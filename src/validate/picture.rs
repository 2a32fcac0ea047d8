//! Validation of pictures where they are referenced (Markdown images and links, covers):
//! `asset.missing`, `asset.format` (what the probe refused), `asset.size` (a heavy file, a
//! cover narrower than it is shown) and `privacy.gps` (an original that records where it was
//! taken), each at the reference.

use super::checker::Checker;
use crate::diag::{Diagnostic, Rule, Span};
use crate::load::raw::{RawCover, S};
use crate::load::{Corpus, Doc};
use crate::msg;
use crate::pictures::{is_picture_path, ProbeError, NOT_AN_IMAGE, WARN_FILE_BYTES};
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
        let m = msg!("asset-not-image", name = name.to_string());
        return vec![Diagnostic::new(Rule::AssetFormat, file, span, m)
            .with_help(msg!("asset-not-image.help"))];
    };
    let probe = match probe {
        Ok(p) => p,
        Err(ProbeError::Unsupported { format }) if *format == NOT_AN_IMAGE => {
            let m = msg!("asset-not-image", name = name.to_string());
            return vec![Diagnostic::new(Rule::AssetFormat, file, span, m)
                .with_help(msg!("asset-not-image.help"))];
        }
        Err(e) => {
            let help = match e {
                ProbeError::Unsupported { format: "HEIC" } => msg!("asset-heic.help"),
                ProbeError::Unsupported { .. } => msg!("asset-unsupported.help"),
                ProbeError::WrongExtension { .. } => msg!("asset-extension.help"),
                ProbeError::TooManyPixels { .. } | ProbeError::TooLarge { .. } => {
                    msg!("asset-too-big.help")
                }
                ProbeError::Corrupt(_) | ProbeError::Io(_) => msg!("asset-corrupt.help"),
            };
            let m = msg!(
                "asset-format",
                name = name.to_string(),
                detail = e.to_string()
            );
            return vec![Diagnostic::new(Rule::AssetFormat, file, span, m).with_help(help)];
        }
    };
    let mut out = Vec::new();
    if probe.bytes > WARN_FILE_BYTES {
        let mb = format!("{:.1}", probe.bytes as f64 / 1e6);
        let m = msg!("asset-size-large", name = name.to_string(), mb = mb);
        out.push(
            Diagnostic::new(Rule::AssetSize, file, span, m)
                .with_help(msg!("asset-size-large.help")),
        );
    }
    if probe.location {
        let m = msg!("privacy-gps", name = name.to_string());
        out.push(
            Diagnostic::new(Rule::PrivacyGps, file, span, m)
                .with_help(msg!("privacy-gps.help", name = name.to_string())),
        );
    }
    if shown == Shown::Cover && probe.width < COVER_SHOWN_WIDTH {
        let m = msg!(
            "asset-cover-narrow",
            name = name.to_string(),
            width = probe.width,
            shown = COVER_SHOWN_WIDTH
        );
        out.push(
            Diagnostic::new(Rule::AssetSize, file, span, m)
                .with_help(msg!("asset-cover-narrow.help")),
        );
    }
    out
}

/// Checks a `cover:` field: the picture exists and can be published, its text is not empty.
/// Returns the picture's root-relative path and its alternative text; records the reference.
pub(crate) fn cover<T>(
    ctx: &mut Checker,
    doc: &Doc<T>,
    c: &S<RawCover>,
) -> Option<(PathBuf, String)> {
    let src = &c.value.src;
    let span = doc.span(src);
    let dest = src.value.trim();
    let resolved =
        super::resolve_relative(&doc.file, dest).filter(|p| ctx.corpus.assets.contains(p));
    let Some(path) = resolved else {
        let m = msg!("asset-missing", image = dest);
        ctx.report(Rule::AssetMissing, &doc.file, span, m)
            .help(msg!("asset-cover-missing.help"));
        return None;
    };
    let diags = check_picture(ctx.corpus, &doc.file, &path, span, Shown::Cover);
    let refused = diags.iter().any(|d| d.rule == Rule::AssetFormat);
    ctx.extend(diags);
    let alt = c.value.alt.value.trim().to_string();
    if alt.is_empty() {
        ctx.at(
            doc,
            &c.value.alt,
            Rule::SchemaInvalidValue,
            msg!("a11y-cover-alt", image = dest),
        )
        .help(msg!("a11y-cover-alt.help"));
    }
    super::privacy::check_public_text(ctx, doc, &c.value.alt);
    if refused {
        return None;
    }
    ctx.pictures.push((path.clone(), doc.file.clone(), span));
    Some((path, alt))
}

/// `check` decodes what `build` decodes: every picture of `site` is brought through `cache` (in
/// parallel, within the memory budget) exactly as the build brings it, so that a picture whose
/// pixels do not decode is `asset.corrupt` at each reference, and a picture `check` accepted has
/// verified variants waiting for the build. Returns the diagnostics, or the first failure that
/// is not the picture's (the cache or the memory) as an error message.
pub fn decode_pictures(
    site: &crate::model::Site,
    cache: &crate::pictures::Cache,
) -> Result<Vec<Diagnostic>, String> {
    use rayon::prelude::*;
    let results: Vec<Result<Vec<Diagnostic>, String>> = site
        .pictures
        .par_iter()
        .map(
            |(path, picture)| match cache.ensure(&site.root.join(path), &picture.probe) {
                Ok(_) => Ok(Vec::new()),
                Err(e) => crate::pictures::corrupt_diagnostics(path, &picture.shown_in, &e)
                    .ok_or_else(|| format!("{}: {e}", path.display())),
            },
        )
        .collect();
    let mut out = Vec::new();
    for r in results {
        out.extend(r?);
    }
    Ok(out)
}
