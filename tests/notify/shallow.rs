//! `wijk diff` and `wijk notify` in a shallow clone (`git clone --depth 1`, as CI checkouts are by
//! default): the earlier revision is not there, and the message says why and how to get it.

use crate::notify_support;

use notify_support::{submitted_alpha, Repo, Run};
use std::path::{Path, PathBuf};
use std::process::Command;

/// A clone of `repo` with only its last commit, next to it.
fn shallow_clone(repo: &Repo) -> PathBuf {
    let dir = repo.scratch("shallow");
    let source = format!("file://{}", repo.root.display());
    git_ok(&[
        "clone",
        "-q",
        "--depth",
        "1",
        &source,
        &dir.to_string_lossy(),
    ]);
    dir
}

/// Runs git with `args`, which must succeed.
fn git_ok(args: &[&str]) {
    let out = Command::new("git").args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn wijk(root: &Path, lang: &str, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_wijk"))
        .arg("--root")
        .arg(root)
        .args(["--lang", lang])
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("WIJK_REVIEWER_EMAILS")
        .output()
        .unwrap();
    Run(out)
}

#[test]
fn rejects_a_shallow_clone_with_how_to_fetch_the_history() {
    let (repo, base) = submitted_alpha();
    let clone = shallow_clone(&repo);
    for (lang, says) in [
        ("en", "its history is shallow"),
        ("fr", "son historique est partiel"),
        ("nl", "de geschiedenis is onvolledig"),
    ] {
        let run = wijk(&clone, lang, &["diff", "--since", "HEAD~1"]).expect(2);
        let err = run.stderr();
        assert!(err.contains(says), "{lang}: {err}");
        assert!(err.contains("`HEAD~1`"), "{lang}: {err}");
        assert!(
            err.contains("git fetch --unshallow") && err.contains("fetch-depth: 0"),
            "{lang}: {err}"
        );
    }
    let outbox = repo.scratch("outbox");
    let outbox = outbox.to_str().unwrap();
    let run = wijk(
        &clone,
        "en",
        &["notify", "--since", &base, "--outbox", outbox],
    )
    .expect(2);
    assert!(
        run.stderr()
            .contains(&format!("revision `{base}` is not in this clone")),
        "{}",
        run.stderr()
    );
    assert!(!Path::new(outbox).exists(), "nothing is sent");
}

#[test]
fn accepts_the_same_revision_once_the_history_is_fetched() {
    let (repo, _) = submitted_alpha();
    let clone = shallow_clone(&repo);
    git_ok(&["-C", &clone.to_string_lossy(), "fetch", "-q", "--unshallow"]);
    let run = wijk(&clone, "en", &["diff", "--since", "HEAD~1"]).expect(0);
    assert!(run.stdout().contains("Quartier Alpha"), "{}", run.stdout());
}

#[test]
fn rejects_a_revision_that_does_not_exist_in_a_full_clone_as_unknown() {
    let (repo, _) = submitted_alpha();
    let run = wijk(&repo.root, "en", &["diff", "--since", "no-such-branch"]).expect(2);
    assert!(
        run.stderr().contains("unknown revision `no-such-branch`"),
        "{}",
        run.stderr()
    );
}
