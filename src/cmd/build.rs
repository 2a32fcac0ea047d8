//! `wijk build`: check, then render the site.

use super::Exit;
use std::path::Path;

/// Runs `build`.
pub fn run(
    _root: &Path,
    _out: &Path,
    _base_url: Option<&str>,
    _quiet: bool,
) -> anyhow::Result<Exit> {
    anyhow::bail!("`build` is not available yet")
}
