//! `wijk check`: load and validate, print diagnostics in the chosen format, exit 0/1/2.

use super::Exit;
use crate::diag::{self, Format, Severity};
use crate::i18n::Lang;
use crate::msg;
use anyhow::Context;
use std::io::Write;
use std::path::Path;

/// Runs `check` on the site at `root`, decoding its pictures through `cache` (opened, and refused
/// when it must be, by the command dispatch) as `build` will.
pub fn run(
    root: &Path,
    format: Format,
    deny_warnings: bool,
    cache: Option<&crate::pictures::Cache>,
    lang: Lang,
) -> anyhow::Result<Exit> {
    let corpus = crate::load::load(root).map_err(|e| super::load_failure(e, lang))?;
    let validated = crate::validate::validate(&corpus);
    drop(corpus);
    let mut all = diag::Diagnostics::new();
    if let (Some(site), Some(cache)) = (&validated.site, cache) {
        let decoded = crate::validate::decode_pictures(site, cache)
            .map_err(|e| anyhow::anyhow!(e))
            .context(msg!("check-pictures-failed").text(lang))?;
        all.extend(decoded);
    }
    all.extend(validated.diagnostics);
    // Each diagnostic speaks its file's language; the run's language is the fallback.
    let mut sorted = all.into_sorted();
    crate::load::FileLangs::default().mark(root, &mut sorted);
    let diags = &sorted;
    let out = match format {
        Format::Human => diag::render_human(diags, root, super::use_color(), lang),
        Format::Json => diag::render_json(diags, lang),
        Format::Github => diag::render_github(diags, lang),
    };
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(out.as_bytes())
        .context(msg!("check-write-failed").text(lang))?;
    let errors = diags.iter().any(|d| d.severity == Severity::Error);
    let warnings = diags.iter().any(|d| d.severity == Severity::Warning);
    Ok(if errors || (deny_warnings && warnings) {
        Exit::Content
    } else {
        Exit::Ok
    })
}
