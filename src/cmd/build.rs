//! `wijk build`: check, then render the site into `--out`, replaced only when everything succeeded.

use super::Exit;
use crate::diag::{self, Severity};
use crate::render::{self, RenderError, RenderOptions, Theme};
use anyhow::Context;
use std::path::Path;

/// Runs `build`: exit 1 when the content has errors (nothing rendered) or a private address
/// would be published; 2 on I/O, theme or template failures.
pub fn run(
    root: &Path,
    out: &Path,
    base_url: Option<&str>,
    cache_dir: Option<std::path::PathBuf>,
    quiet: bool,
) -> anyhow::Result<Exit> {
    // Refused before anything is read or moved: an output over the sources would replace them.
    let resolved_out = match render::resolve_out(root, out) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: {e}");
            return Ok(Exit::Failure);
        }
    };
    let corpus = crate::load::load(root)?;
    let validated = crate::validate::validate(&corpus);
    // The site holds what rendering needs; the raw corpus is freed before pages pile up.
    drop(corpus);
    let diags = &validated.diagnostics;
    let errors = diags.iter().any(|d| d.severity == Severity::Error);
    if errors || (!quiet && !diags.is_empty()) {
        eprint!("{}", diag::render_human(diags, root, super::use_color()));
    }
    if errors {
        eprintln!("error: the content has errors; nothing was rendered");
        return Ok(Exit::Content);
    }
    let site = validated
        .site
        .context("data/programme.yaml could not be read")?;
    let theme = Theme::of_root(root).context("loading the theme")?;
    let options = RenderOptions {
        base_url: base_url.map(str::to_string),
        // Addresses kept outside the repository are never rendered; the output is checked for them too.
        extra_private_emails: crate::load::secrets::reviewer_emails_from_env()?
            .into_values()
            .map(|e| e.as_str().to_string())
            .collect(),
        extra_files: editor_files(&site, root)?,
        cache_dir,
    };
    match render::render_site(&site, &theme, &options, &resolved_out) {
        Ok(stats) => {
            if !quiet {
                eprintln!(
                    "built {} pages, {} files in {:.2} s into {}; pictures: {} processed, {} from the cache",
                    stats.pages,
                    stats.files,
                    stats.elapsed.as_secs_f64(),
                    out.display(),
                    stats.pictures.processed,
                    stats.pictures.cached,
                );
            }
            Ok(Exit::Ok)
        }
        Err(RenderError::Pictures(diags)) => {
            eprint!("{}", diag::render_human(&diags, root, super::use_color()));
            eprintln!("error: the content has errors; nothing was rendered");
            Ok(Exit::Content)
        }
        Err(e @ RenderError::Leak { .. }) => {
            eprintln!("error: {e}");
            Ok(Exit::Content)
        }
        Err(e) => Err(e).context("rendering the site"),
    }
}

/// The browser editor under `admin/` when the programme has `editing:`; nothing otherwise.
fn editor_files(site: &crate::model::Site, root: &Path) -> anyhow::Result<Vec<render::Output>> {
    let Some(editing) = &site.programme.editing else {
        return Ok(Vec::new());
    };
    let files = crate::cms::admin_with_vendor(site, &crate::cms::Target::Hosted(editing), root)
        .context("publishing the browser editor (editing: in data/programme.yaml)")?;
    Ok(files
        .into_iter()
        .map(|(rel, bytes)| render::Output::new(format!("{}/{rel}", crate::cms::ADMIN_DIR), bytes))
        .collect())
}
