//! `wijk diff`: what a change means for the programme, between two revisions of the content.

use super::Exit;
use crate::cli::{DiffArgs, DiffFormat};
use crate::diff::{self, Side};
use crate::i18n::Lang;
use crate::notify;
use std::path::Path;

/// Runs `diff`. The report is printed whatever the content's state (errors introduced are part of
/// it): exit 0 when it was produced, 2 when a revision is unknown or cannot be read.
pub fn run(root: &Path, args: &DiffArgs, lang: Lang) -> anyhow::Result<Exit> {
    let before = side_at(root, Some(&args.since), lang)?;
    let after = side_at(root, args.until.as_deref(), lang)?;
    let mut changes = diff::compare(&before, &after, lang);
    let comment = comment_lang(root, &changes, lang);
    if comment != lang {
        changes = diff::compare(&before, &after, comment);
    }
    let lang = comment;
    let out = match args.format {
        DiffFormat::Markdown => diff::render_markdown(&changes, lang)?,
        DiffFormat::Json => diff::render_json(&changes),
    };
    print!("{out}");
    Ok(Exit::Ok)
}

/// The comment's language: that of the districts the change touches when they all say the same
/// (a Dutch district's change is commented in Dutch whatever the CI's locale), else `run`.
fn comment_lang(root: &Path, changes: &diff::Changes, run: Lang) -> Lang {
    let mut langs = crate::load::FileLangs::default();
    let mut found = changes.districts.iter().map(|d| {
        let file = Path::new("content/districts")
            .join(&d.id)
            .join("district.md");
        langs.of(root, &file)
    });
    let Some(Some(first)) = found.next() else {
        return run;
    };
    if found.all(|l| l == Some(first)) {
        first
    } else {
        run
    }
}

/// The content at `rev` (the working tree when `None`), loaded and validated. A revision without
/// `data/programme.yaml` (before the site existed) is an empty side.
fn side_at(root: &Path, rev: Option<&str>, lang: Lang) -> anyhow::Result<Side> {
    let Some(rev) = rev else {
        let corpus = crate::load::load(root)?;
        let v = crate::validate::validate(&corpus);
        return Ok(Side {
            commit: None,
            site: v.site,
            diagnostics: v.diagnostics,
        });
    };
    let r = notify::load_revision(root, rev).map_err(|e| super::revision_failure(e, lang))?;
    let (site, diagnostics) = r
        .validated
        .map(|v| (v.site, v.diagnostics))
        .unwrap_or_default();
    Ok(Side {
        commit: Some(r.sha),
        site,
        diagnostics,
    })
}
