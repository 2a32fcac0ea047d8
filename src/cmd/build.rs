//! `wijk build`: check, then render the site into `--out`, replaced only when everything succeeded.

use super::Exit;
use crate::diag::{self, Severity};
use crate::i18n::Lang;
use crate::msg;
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
    lang: Lang,
) -> anyhow::Result<Exit> {
    // Refused before anything is read or moved: an output over the sources would replace them.
    let resolved_out = match render::resolve_out(root, out) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{}: {e}", msg!("label-error").text(lang));
            return Ok(Exit::Failure);
        }
    };
    let corpus = crate::load::load(root).map_err(|e| super::load_failure(e, lang))?;
    let validated = crate::validate::validate(&corpus);
    // The site holds what rendering needs; the raw corpus is freed before pages pile up.
    drop(corpus);
    let diags = &validated.diagnostics;
    let errors = diags.iter().any(|d| d.severity == Severity::Error);
    if errors || (!quiet && !diags.is_empty()) {
        eprint!(
            "{}",
            diag::render_human(diags, root, super::use_color(), lang)
        );
    }
    if errors {
        eprintln!("{}", super::error_line(lang, msg!("build-not-rendered")));
        return Ok(Exit::Content);
    }
    let site = validated
        .site
        .context(msg!("build-no-programme").text(lang))?;
    let theme = Theme::of_root(root, site.programme.theme_name())
        .context(msg!("build-theme-failed").text(lang))?;
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
                let m = msg!(
                    "build-done",
                    pages = stats.pages,
                    files = stats.files,
                    seconds = format!("{:.2}", stats.elapsed.as_secs_f64()),
                    dir = out.display().to_string(),
                    processed = stats.pictures.processed,
                    cached = stats.pictures.cached
                );
                eprintln!("{}", m.text(lang));
            }
            Ok(Exit::Ok)
        }
        Err(RenderError::Pictures(diags)) => {
            eprint!(
                "{}",
                diag::render_human(&diags, root, super::use_color(), lang)
            );
            eprintln!("{}", super::error_line(lang, msg!("build-not-rendered")));
            Ok(Exit::Content)
        }
        Err(RenderError::Leak { file, more }) => {
            let m = msg!("build-leak", file = file.display().to_string(), more = more);
            eprintln!("{}", super::error_line(lang, m));
            Ok(Exit::Content)
        }
        Err(e) => Err(e).context(msg!("build-render-failed").text(lang)),
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
