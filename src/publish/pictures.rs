//! The pictures' files: every variant of every picture, processed into the cache in parallel
//! and published through the gate. Their `<img>` is the renderer's (`render/pictures.rs`).

use super::gate::{Gate, Origin};
use super::output::Written;
use crate::model::{Picture, Site};
use crate::pictures::{widths, Cache, Processed, Variants};
use crate::render::RenderError;
use crate::site::urls;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// Every variant file of the site: (site path, picture, width).
pub fn variant_files(site: &Site) -> Vec<(String, PathBuf, u32)> {
    let mut out = Vec::new();
    for (path, picture) in &site.pictures {
        for w in widths(picture.probe.width) {
            if let Some(rel) = variant_path(path, picture, w) {
                out.push((rel, path.clone(), w));
            }
        }
    }
    out
}

/// The site path of the variant `width` wide of `picture` (at `path`, root-relative).
fn variant_path(path: &Path, picture: &Picture, width: u32) -> Option<String> {
    urls::picture(
        path,
        &picture.probe.key,
        picture.probe.output.extension(),
        width,
    )
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
                .filter_map(|(w, bytes)| Some((variant_path(path, picture, *w)?, bytes)))
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
