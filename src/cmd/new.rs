//! `wijk new`: scaffold content files that pass `check`.

use super::Exit;
use crate::cli::NewWhat;
use std::path::Path;

/// Runs `new`.
pub fn run(_root: &Path, _what: NewWhat) -> anyhow::Result<Exit> {
    anyhow::bail!("`new` is not available yet")
}
