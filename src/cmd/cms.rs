//! `wijk cms`: write the browser editor generated from the content model, for hosting elsewhere.

use super::Exit;
use crate::cms::{self, Target};
use crate::diag::{self, Severity};
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
) -> anyhow::Result<Exit> {
    let corpus = crate::load::load(root)?;
    let validated = crate::validate::validate(&corpus);
    drop(corpus);
    let diags = &validated.diagnostics;
    if diags.iter().any(|d| d.severity == Severity::Error) {
        eprint!("{}", diag::render_human(diags, root, super::use_color()));
        eprintln!("error: the content has errors; the editor was not written");
        return Ok(Exit::Content);
    }
    let site = validated
        .site
        .context("data/programme.yaml could not be read")?;
    let target = match (proxy, &site.programme.editing) {
        (Some(proxy_url), _) => Target::Local { proxy_url, branch },
        (None, Some(editing)) => Target::Hosted(editing),
        (None, None) => {
            eprintln!(
                "error: data/programme.yaml has no `editing:` block (backend, repo, branch); add one, or pass --proxy for a local decap-server"
            );
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
        eprintln!(
            "wrote the browser editor (Decap CMS {}, {} files) into {}",
            cms::vendor::DECAP_VERSION,
            files.len(),
            out.display()
        );
    }
    Ok(Exit::Ok)
}
