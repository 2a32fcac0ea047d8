//! Publish: the files of the renderer (and the search index, the theme's files, the linked
//! documents, the pictures' variants) through one gate (`gate.rs`) into a staging folder
//! (`output.rs`), each scanned for private addresses as it is written, then swapped into place
//! only if everything succeeded. `serve` answers with the same files, one at a time, through the
//! same gate (`on_demand.rs`).

mod gate;
mod on_demand;
mod out_path;
mod output;
mod pictures;

pub use on_demand::OnDemand;
pub use out_path::{resolve_out, OutPathError};
pub use pictures::PictureStats;

use crate::render::{
    jobs, render_atom, render_calendars, render_data, render_drawings, render_job, render_robots,
    render_sitemap, render_special, Ctx, Job, Locale, Output, RenderError, RenderOptions,
    DEFAULT_CACHE_DIR, SPECIAL_PAGES,
};
use crate::site::urls;
use crate::theme::Theme;
use rayon::prelude::*;
use std::path::Path;
use std::time::{Duration, Instant};

/// What a render produced.
#[derive(Clone, Debug)]
pub struct RenderStats {
    /// HTML pages.
    pub pages: usize,
    /// All files written or copied.
    pub files: usize,
    /// Pictures processed now, and taken from the cache.
    pub pictures: PictureStats,
    pub elapsed: Duration,
}

/// Renders `site` with `theme` into `out`, replacing it only if everything succeeded.
pub fn render_site(
    site: &crate::model::Site,
    theme: &Theme,
    options: &RenderOptions,
    out: &Path,
) -> Result<RenderStats, RenderError> {
    let start = Instant::now();
    let base_url = options
        .base_url
        .as_deref()
        .unwrap_or(&site.programme.base_url);
    let shared = options.shared(site, theme, base_url);
    let cx = Ctx::new(site, theme, &shared);
    let staging = output::prepare_staging(out)?;
    let cache = options
        .cache(&site.root)
        .map_err(|e| RenderError::io("opening", DEFAULT_CACHE_DIR, std::io::Error::other(e)))?;
    let scanner = output::LeakScanner::new(&private_emails(site, options));
    let gate = gate::Gate::new(&staging.dir, &scanner);
    let result = render_into(&cx, &gate, &options.extra_files).and_then(|(p, f)| {
        let (pictures, variants) = pictures::publish(site, &cache, &gate)?;
        Ok((p, f + variants, pictures))
    });
    match result {
        Ok((pages, files, pictures)) => {
            if let Err(e) = output::swap_into_place(&staging.dir, out) {
                let _ = output::remove_if_exists(&staging.dir);
                return Err(e);
            }
            Ok(RenderStats {
                pages,
                files,
                pictures,
                elapsed: start.elapsed(),
            })
        }
        Err(e) => {
            let _ = output::remove_if_exists(&staging.dir);
            Err(e)
        }
    }
}

/// Renders every file through the gate, scanning each for private addresses; returns (pages,
/// files). Pictures are published apart (`pictures::publish`).
fn render_into(
    cx: &Ctx,
    gate: &gate::Gate,
    extra: &[Output],
) -> Result<(usize, usize), RenderError> {
    use gate::Origin;
    // The data files, feeds, theme files and linked documents do not depend on the pages: they
    // are written beside them, after the search index.
    let beside = || {
        let mut outputs = render_data(cx)?;
        for l in cx.languages() {
            outputs.push(render_atom(cx, cx.locale(l))?);
        }
        outputs.push(render_robots(cx));
        outputs.extend(render_calendars(cx));
        outputs.extend(render_drawings(cx)?);
        let mut written = gate.publish_all(Origin::Rendered, outputs)?;
        for (rel, bytes) in &cx.theme.static_files {
            written.push(gate.publish(Origin::Theme, &urls::static_file(rel), bytes)?);
        }
        for o in extra {
            written.push(gate.publish(Origin::Theme, &o.path, &o.bytes)?);
        }
        written.extend(gate.publish_documents(cx.site)?);
        Ok(written)
    };
    let (mut written, others) = render_pages(cx, gate, beside)?;
    let page_paths: Vec<String> = written
        .iter()
        .filter_map(|o| urls::page_of_file(&o.path).map(str::to_string))
        .filter(|p| !urls::is_print_page(p))
        .collect();
    let pages = written.iter().filter(|o| o.path.ends_with(".html")).count();
    let sitemap = render_sitemap(cx, &page_paths)?;
    written.extend(gate.publish_all(Origin::Rendered, sitemap)?);
    written.extend(others);
    refuse_leaks(&written)?;
    Ok((pages, written.len()))
}

/// `RenderError::Leak` naming the first written file (by path) that holds a private address.
fn refuse_leaks(written: &[output::Written]) -> Result<(), RenderError> {
    let mut leaks: Vec<&str> = written
        .iter()
        .filter(|w| w.leak)
        .map(|w| w.path.as_str())
        .collect();
    leaks.sort_unstable();
    match leaks.first() {
        Some(first) => Err(RenderError::Leak {
            file: first.into(),
            more: leaks.len() - 1,
        }),
        None => Ok(()),
    }
}

/// Every HTML page of every language, the search indexes, `404.html` and `index.html`, written
/// as they are rendered, in parallel (the search index beside the pages); their paths sorted.
/// `beside` runs after the index, in parallel with the pages; its files are returned apart.
fn render_pages(
    cx: &Ctx,
    gate: &gate::Gate,
    beside: impl FnOnce() -> Result<Vec<output::Written>, RenderError> + Send,
) -> Result<(Vec<output::Written>, Vec<output::Written>), RenderError> {
    let jobs = jobs(cx.site);
    let work: Vec<(&Job, &Locale)> = cx
        .languages()
        .iter()
        .map(|l| cx.locale(l))
        .flat_map(|loc| jobs.iter().map(move |j| (j, loc)))
        .collect();
    cx.prepare_similar();
    let (rendered, index) = rayon::join(
        || {
            work.par_iter()
                .map(|(job, loc)| {
                    gate.publish_all(gate::Origin::Rendered, render_job(cx, loc, job)?)
                })
                .collect::<Result<Vec<Vec<output::Written>>, _>>()
        },
        || {
            let index = crate::search::write_index(cx, &|o| {
                gate.publish_all(gate::Origin::Rendered, vec![o])
            })?;
            Ok::<_, RenderError>((index, beside()?))
        },
    );
    let mut written: Vec<output::Written> = rendered?.into_iter().flatten().collect();
    let (index, others) = index?;
    written.extend(index.into_iter().flatten());
    let special = SPECIAL_PAGES
        .iter()
        .map(|(template, path)| render_special(cx, template, path))
        .collect::<Result<_, _>>()?;
    written.extend(gate.publish_all(gate::Origin::Rendered, special)?);
    written.sort_by(|a, b| a.path.cmp(&b.path));
    Ok((written, others))
}

/// Addresses that must not be published: every reviewer's, every person's without `public_contact`,
/// except the programme's `contact:` address, which is public by definition (a reviewer may well
/// answer at the programme's public address).
pub fn private_emails(site: &crate::model::Site, options: &RenderOptions) -> Vec<String> {
    let public = site
        .programme
        .contact
        .as_ref()
        .and_then(|c| c.email.as_ref())
        .map(|e| e.as_str().to_ascii_lowercase());
    let mut out: Vec<String> = site
        .reviewers
        .iter()
        .filter_map(|r| r.email.as_ref())
        .chain(
            site.persons
                .iter()
                .filter(|p| !p.public_contact)
                .filter_map(|p| p.email.as_ref()),
        )
        .map(|e| e.as_str().to_string())
        .chain(options.extra_private_emails.iter().cloned())
        .filter(|e| public.as_deref() != Some(e.to_ascii_lowercase().as_str()))
        .collect();
    out.sort();
    out.dedup();
    out
}
