//! `wijk check`: load and validate, print diagnostics in the chosen format, exit 0/1/2.

use super::Exit;
use crate::diag::{self, Format, Severity};
use anyhow::Context;
use std::io::Write;
use std::path::Path;

/// Runs `check` on the site at `root`.
pub fn run(root: &Path, format: Format, deny_warnings: bool) -> anyhow::Result<Exit> {
    let corpus = crate::load::load(root)?;
    let validated = crate::validate::validate(&corpus);
    let diags = &validated.diagnostics;
    let out = match format {
        Format::Human => diag::render_human(diags, root, super::use_color()),
        Format::Json => diag::render_json(diags),
        Format::Github => diag::render_github(diags),
    };
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(out.as_bytes())
        .context("writing the report")?;
    let errors = diags.iter().any(|d| d.severity == Severity::Error);
    let warnings = diags.iter().any(|d| d.severity == Severity::Warning);
    Ok(if errors || (deny_warnings && warnings) {
        Exit::Content
    } else {
        Exit::Ok
    })
}
