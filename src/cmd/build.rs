//! `wijk build`: check, then render the site into `--out`, replaced only when everything succeeded.

use super::Exit;
use crate::diag::{self, Severity};
use crate::render::{self, RenderError, RenderOptions, Theme};
use anyhow::Context;
use std::path::Path;

/// Runs `build`: exit 1 when the content has errors (nothing rendered) or a private address
/// would be published; 2 on I/O, theme or template failures.
pub fn run(root: &Path, out: &Path, base_url: Option<&str>, quiet: bool) -> anyhow::Result<Exit> {
    let corpus = crate::load::load(root)?;
    let validated = crate::validate::validate(&corpus);
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
    let theme_dir = root.join("themes").join("default");
    let theme = Theme::load(&theme_dir)
        .with_context(|| format!("loading the theme in {}", theme_dir.display()))?;
    let options = RenderOptions {
        base_url: base_url.map(str::to_string),
        extra_private_emails: reviewer_emails_from_env()?,
    };
    match render::render_site(&site, &theme, &options, out) {
        Ok(stats) => {
            if !quiet {
                eprintln!(
                    "built {} pages, {} files in {:.2} s into {}",
                    stats.pages,
                    stats.files,
                    stats.elapsed.as_secs_f64(),
                    out.display()
                );
            }
            Ok(Exit::Ok)
        }
        Err(e @ RenderError::Leak { .. }) => {
            eprintln!("error: {e}");
            Ok(Exit::Content)
        }
        Err(e) => Err(e).context("rendering the site"),
    }
}

/// Reviewer addresses kept outside the repository (`WIJK_REVIEWER_EMAILS`, YAML `id: address`):
/// they are never rendered, and the output is checked for them too.
pub(super) fn reviewer_emails_from_env() -> anyhow::Result<Vec<String>> {
    let Some(path) = std::env::var_os("WIJK_REVIEWER_EMAILS").filter(|p| !p.is_empty()) else {
        return Ok(Vec::new());
    };
    let text = std::fs::read_to_string(&path).with_context(|| {
        format!(
            "reading WIJK_REVIEWER_EMAILS ({})",
            Path::new(&path).display()
        )
    })?;
    let map: std::collections::BTreeMap<String, String> = serde_saphyr::from_str(&text)
        .with_context(|| format!("parsing {}", Path::new(&path).display()))?;
    Ok(map.into_values().collect())
}
