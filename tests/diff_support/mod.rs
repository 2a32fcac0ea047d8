//! Running `wijk diff` over the git repositories of `notify_support`.

#![allow(dead_code)]

#[path = "../notify_support/mod.rs"]
mod notify_support;

pub use notify_support::{Repo, Run};
use std::process::Command;

/// Runs `wijk --root SITE diff ARGS` with a clean environment (no language from the locale).
pub fn diff(repo: &Repo, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_wijk"))
        .arg("--root")
        .arg(&repo.root)
        .arg("diff")
        .args(args)
        .current_dir(repo.root.parent().unwrap())
        .env("NO_COLOR", "1")
        .env("WIJK_LANG", "en")
        .env_remove("WIJK_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .output()
        .unwrap();
    Run(out)
}

/// The commit at HEAD.
pub fn head(repo: &Repo) -> String {
    repo.git(&["rev-parse", "HEAD"])
}
