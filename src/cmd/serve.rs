//! `wijk serve`: build and serve with live reload.

use super::Exit;
use std::path::Path;

/// Runs `serve`.
pub fn run(_root: &Path, _port: u16) -> anyhow::Result<Exit> {
    anyhow::bail!("`serve` is not available yet")
}
