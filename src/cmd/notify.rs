//! `wijk notify`: e-mail reviewers what changed between two revisions.

use super::Exit;
use crate::cli::NotifyArgs;
use std::path::Path;

/// Runs `notify`.
pub fn run(_root: &Path, _args: &NotifyArgs) -> anyhow::Result<Exit> {
    anyhow::bail!("`notify` is not available yet")
}
