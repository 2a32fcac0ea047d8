//! `wijk schema`: JSON Schemas of every front matter and data file.

use super::Exit;
use std::path::Path;

/// Runs `schema`.
pub fn run(_out: &Path) -> anyhow::Result<Exit> {
    anyhow::bail!("`schema` is not available yet")
}
