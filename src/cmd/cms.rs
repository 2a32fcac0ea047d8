//! `wijk cms`: write the browser editor generated from the content model, for hosting elsewhere.

use super::Exit;
use crate::cms::{self, Target};
use crate::diag::{self, Severity};
use crate::i18n::Lang;
use crate::msg;
use anyhow::Context;
use std::path::Path;

/// Runs `cms`: exit 1 when the content has errors, 2 without `editing:` (and without `--proxy`)
/// or when the files cannot be written.
pub fn run(
    root: &Path,
    out: &Path,
    proxy: Option<String>,
    branch: String,
    quiet: bool,
    lang: Lang,
) -> anyhow::Result<Exit> {
    let corpus = crate::load::load(root).map_err(|e| super::load_failure(e, lang))?;
    let validated = crate::validate::validate(&corpus);
    drop(corpus);
    let diags = &validated.diagnostics;
    if diags.iter().any(|d| d.severity == Severity::Error) {
        eprint!(
            "{}",
            diag::render_human(diags, root, super::use_color(), lang)
        );
        eprintln!("{}", super::error_line(lang, msg!("cms-not-written")));
        return Ok(Exit::Content);
    }
    let site = validated
        .site
        .context(msg!("build-no-programme").text(lang))?;
    let target = match (proxy, &site.programme.editing) {
        (Some(proxy_url), _) => Target::Local { proxy_url, branch },
        (None, Some(editing)) => Target::Hosted(editing),
        (None, None) => {
            eprintln!("{}", super::error_line(lang, msg!("cms-no-editing")));
            return Ok(Exit::Failure);
        }
    };
    let files = cms::admin_with_vendor(&site, &target, root)?;
    for (rel, bytes) in &files {
        let path = out.join(rel);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        }
        std::fs::write(&path, bytes).with_context(|| format!("writing {}", path.display()))?;
    }
    if !quiet {
        let m = msg!(
            "cms-written",
            version = cms::vendor::DECAP_VERSION,
            files = files.len(),
            dir = out.display().to_string()
        );
        eprintln!("{}", m.text(lang));
    }
    Ok(Exit::Ok)
}
