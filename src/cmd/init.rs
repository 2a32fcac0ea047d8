//! `wijk init`: write a new content repository into an empty folder.

use super::Exit;
use crate::i18n::Lang;
use crate::init::{self, Plan};
use crate::msg;
use anyhow::Context;
use std::path::Path;

/// Runs `init`: exit 2 when the folder is not empty, a language is not one init knows, or a file
/// cannot be written.
pub fn run(
    dir: &Path,
    langs: Option<Vec<Lang>>,
    example: bool,
    quiet: bool,
    lang: Lang,
) -> anyhow::Result<Exit> {
    let plan = Plan {
        langs: langs.unwrap_or_else(|| init::LANGUAGES.to_vec()),
        example,
        year: init::this_year(),
    };
    let files = match init::files(&plan) {
        Ok(files) => files,
        Err(e) => {
            eprintln!("{}", super::error_line(lang, e.message()));
            return Ok(Exit::Failure);
        }
    };
    let shown = dir.display().to_string();
    if !is_empty_or_missing(dir)? {
        eprintln!(
            "{}",
            super::error_line(lang, msg!("init-not-empty", dir = &shown))
        );
        return Ok(Exit::Failure);
    }
    let failed = || msg!("init-failed", dir = &shown).text(lang);
    for (path, bytes) in &files {
        let target = dir.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).with_context(failed)?;
        }
        std::fs::write(&target, bytes).with_context(failed)?;
    }
    let schemas = crate::schema::write_schemas(&dir.join("schemas")).with_context(failed)?;
    if !quiet {
        let count = files.len() + schemas.len();
        eprintln!(
            "{}",
            msg!("init-written", count = count, dir = &shown).text(lang)
        );
    }
    Ok(Exit::Ok)
}

/// Whether `dir` does not exist or holds nothing (a file there is not a folder to write into).
fn is_empty_or_missing(dir: &Path) -> anyhow::Result<bool> {
    match std::fs::read_dir(dir) {
        Ok(mut entries) => Ok(entries.next().is_none()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(true),
        Err(e) => Err(e).with_context(|| dir.display().to_string()),
    }
}
