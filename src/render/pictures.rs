//! Pictures on the site: the `<img>` of a picture (variants in `srcset`, intrinsic size, text),
//! and the variants' files, processed into the cache in parallel and copied into the output.

use super::gate::{Gate, Origin};
use super::output::Written;
use super::view::{ImageView, Thumb};
use super::RenderError;
use crate::model::{Picture, Site};
use crate::pictures::{widths, Cache, Processed, Variants};
use crate::site::escape::escape_html;
use crate::site::urls::{self, Urls};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The width of the fallback `src` (browsers without `srcset`): the largest variant up to this.
const FALLBACK_WIDTH: u32 = 960;

/// The view of the picture at `path` (root-relative) with its text, if it is published.
pub fn image_view(
    pictures: &BTreeMap<PathBuf, Picture>,
    urls: &Urls,
    path: &Path,
    alt: &str,
) -> Option<ImageView> {
    let probe = &pictures.get(path)?.probe;
    let variants: Vec<(u32, String)> = widths(probe.width)
        .into_iter()
        .filter_map(|w| {
            Some((
                w,
                urls.path(&urls::picture(
                    path,
                    &probe.key,
                    probe.output.extension(),
                    w,
                )?),
            ))
        })
        .collect();
    let (largest, largest_url) = variants.last()?.clone();
    let src = variants
        .iter()
        .rev()
        .find(|(w, _)| *w <= FALLBACK_WIDTH)
        .unwrap_or(&variants[0])
        .1
        .clone();
    let srcset = variants
        .iter()
        .map(|(w, u)| format!("{u} {w}w"))
        .collect::<Vec<_>>()
        .join(", ");
    Some(ImageView {
        src,
        srcset,
        width: largest,
        height: crate::pictures::height_at(probe.width, probe.height, largest),
        alt: alt.to_string(),
        lang: None,
        preview: urls.absolute_of_path(&largest_url),
        thumb: Thumb {
            src: variants[0].1.clone(),
            width: variants[0].0,
            height: crate::pictures::height_at(probe.width, probe.height, variants[0].0),
        },
    })
}

/// The widest a picture of the body is shown, in CSS pixels (the text column).
const COLUMN_WIDTH: u32 = 992;

/// The `<img>` of a picture in a Markdown body: shown at most at its own width and the
/// column's, loaded lazily (a body starts below the page's title and facts).
pub fn inline_img(view: &ImageView, title: &str) -> String {
    let shown = view.width.min(COLUMN_WIDTH);
    let sizes = format!(
        "(max-width: {}px) calc(100vw - 2rem), {shown}px",
        shown + 32
    );
    let mut html = String::with_capacity(256 + view.srcset.len());
    html.push_str("<img src=\"");
    push_escaped(&mut html, &view.src);
    html.push_str("\" srcset=\"");
    push_escaped(&mut html, &view.srcset);
    html.push_str(&format!(
        "\" sizes=\"{sizes}\" width=\"{}\" height=\"{}\" alt=\"",
        view.width, view.height
    ));
    push_escaped(&mut html, &view.alt);
    html.push('"');
    if !title.is_empty() {
        html.push_str(" title=\"");
        push_escaped(&mut html, title);
        html.push('"');
    }
    html.push_str(" loading=\"lazy\" decoding=\"async\">");
    html
}

fn push_escaped(out: &mut String, s: &str) {
    let mut buf = Vec::with_capacity(s.len());
    let _ = escape_html(s, &mut buf);
    out.push_str(&String::from_utf8_lossy(&buf));
}

/// Every variant file of the site: (site path, picture, width).
pub fn variant_files(site: &Site) -> Vec<(String, PathBuf, u32)> {
    let mut out = Vec::new();
    for (path, picture) in &site.pictures {
        for w in widths(picture.probe.width) {
            if let Some(rel) = urls::picture(
                path,
                &picture.probe.key,
                picture.probe.output.extension(),
                w,
            ) {
                out.push((rel, path.clone(), w));
            }
        }
    }
    out
}

/// The variants of `picture` (at `path`, root-relative): verified from the cache or processed
/// now. A picture the probe accepted but that does not decode is `asset.corrupt` at each place
/// it is shown; a cache or memory failure is an I/O error.
pub fn ensure(
    site: &Site,
    cache: &Cache,
    path: &Path,
    picture: &Picture,
) -> Result<(Processed, Variants), RenderError> {
    cache
        .ensure(&site.root.join(path), &picture.probe)
        .map_err(
            |e| match crate::pictures::corrupt_diagnostics(path, &picture.shown_in, &e) {
                Some(diagnostics) => RenderError::Pictures(diagnostics),
                None => RenderError::io(
                    "processing the picture",
                    path,
                    std::io::Error::other(e.to_string()),
                ),
            },
        )
}

/// How many pictures were processed now and how many came from the cache.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PictureStats {
    pub processed: usize,
    pub cached: usize,
}

/// Brings every picture of `site` through `cache` (in parallel, within the memory budget) and
/// publishes the verified variants through the output gate. A picture that cannot be decoded is an
/// `asset.corrupt` error at each place it is shown. Returns the counts and the files written.
pub fn publish(
    site: &Site,
    cache: &Cache,
    gate: &Gate,
) -> Result<(PictureStats, usize), RenderError> {
    let results: Vec<Result<(Processed, Vec<Written>), RenderError>> = site
        .pictures
        .par_iter()
        .map(|(path, picture)| {
            let (how, variants) = ensure(site, cache, path, picture)?;
            let written = variants
                .iter()
                .filter_map(|(w, bytes)| {
                    Some((
                        urls::picture(
                            path,
                            &picture.probe.key,
                            picture.probe.output.extension(),
                            *w,
                        )?,
                        bytes,
                    ))
                })
                .map(|(rel, bytes)| gate.publish(Origin::Picture, &rel, bytes))
                .collect::<Result<Vec<_>, _>>()?;
            Ok((how, written))
        })
        .collect();
    let mut stats = PictureStats::default();
    let mut files = Vec::new();
    let mut diagnostics = Vec::new();
    for result in results {
        match result {
            Ok((how, written)) => {
                match how {
                    Processed::Made => stats.processed += 1,
                    Processed::Cached => stats.cached += 1,
                }
                files.extend(written);
            }
            Err(RenderError::Pictures(d)) => diagnostics.extend(d),
            Err(e) => return Err(e),
        }
    }
    if !diagnostics.is_empty() {
        return Err(RenderError::Pictures(diagnostics));
    }
    super::refuse_leaks(&files)?;
    Ok((stats, files.len()))
}
