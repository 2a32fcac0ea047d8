//! Test sites for `wijk notify`: the `notify-base` fixture copied into a fresh git repository,
//! edited and committed scenario by scenario, and the binary run over it.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
#[path = "../fixture_site/mod.rs"]
mod fixture_site;
pub use fixture_site::copy_dir;

/// A site root that is a git repository with one commit per step.
pub struct Repo {
    _tmp: tempfile::TempDir,
    pub root: PathBuf,
}

impl Repo {
    /// The fixture, committed as `base`.
    pub fn new() -> Repo {
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/notify-base");
        Repo::with(|root| copy_dir(&fixture, root))
    }

    /// A repository whose first commit, `base`, holds what `fill` puts into its root.
    pub fn with(fill: impl FnOnce(&Path)) -> Repo {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("site");
        fill(&root);
        let repo = Repo { _tmp: tmp, root };
        repo.git(&["init", "-q", "-b", "main"]);
        repo.git(&["config", "user.name", "Test"]);
        repo.git(&["config", "user.email", "test@example.org"]);
        repo.git(&["config", "commit.gpgsign", "false"]);
        repo.commit("base");
        repo
    }

    /// A folder next to the site (for ledgers, outboxes, secrets), outside the repository.
    pub fn scratch(&self, name: &str) -> PathBuf {
        self.root.parent().unwrap().join(name)
    }

    pub fn git(&self, args: &[&str]) -> String {
        let out = Command::new("git")
            .arg("-C")
            .arg(&self.root)
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// Commits everything; returns the commit id.
    pub fn commit(&self, message: &str) -> String {
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "--allow-empty", "-m", message]);
        self.git(&["rev-parse", "HEAD"])
    }

    /// Replaces `from` (which must occur) by `to` in a file of the site.
    pub fn edit(&self, file: &str, from: &str, to: &str) {
        let path = self.root.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{file} has no `{from}`");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    }

    pub fn write(&self, file: &str, text: &str) {
        std::fs::write(self.root.join(file), text).unwrap();
    }

    /// Sets a district's dossier to `submitted`, as its coach's PR would.
    pub fn submit(&self, district: &str) {
        self.edit(
            &format!("content/districts/{district}/district.md"),
            "status: preparation",
            "status: submitted\n    submitted: 2025-05-20",
        );
    }

    /// Runs `wijk --root SITE notify ARGS` from the scratch folder, with a clean environment.
    pub fn notify(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        let mut cmd = self.notify_command(args);
        for (k, v) in env {
            cmd.env(k, v);
        }
        Run(cmd.output().unwrap())
    }

    /// The command of [`Repo::notify`], not started.
    pub fn notify_command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_wijk"));
        cmd.arg("--root")
            .arg(&self.root)
            .env("WIJK_LANG", "en")
            .arg("notify")
            .args(args)
            .current_dir(self.root.parent().unwrap())
            .env_remove("WIJK_REVIEWER_EMAILS")
            .env_remove("WIJK_SMTP_USER")
            .env_remove("WIJK_SMTP_PASSWORD")
            .env("NO_COLOR", "1")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        cmd
    }
}

/// The result of a run.
pub struct Run(pub Output);

impl Run {
    pub fn code(&self) -> i32 {
        self.0.status.code().unwrap_or(-1)
    }
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.0.stdout).into_owned()
    }
    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.0.stderr).into_owned()
    }
    /// Both streams, for assertions on what is never printed.
    pub fn all(&self) -> String {
        format!("{}{}", self.stdout(), self.stderr())
    }
    /// Asserts the exit code, showing the output when it differs.
    pub fn expect(self, code: i32) -> Run {
        assert_eq!(
            self.code(),
            code,
            "stdout:\n{}\nstderr:\n{}",
            self.stdout(),
            self.stderr()
        );
        self
    }
}

/// The addresses the `alpha` submission goes to: all-communes, Forest, water (a project theme), and the coach.
pub const ALPHA_RECIPIENTS: [&str; 4] = [
    "anne@reviewers.test",
    "claire@coaches.test",
    "pieter@reviewers.test",
    "wendy@reviewers.test",
];

/// A repository where district `alpha` has just submitted its roadmap, and the commit before.
pub fn submitted_alpha() -> (Repo, String) {
    let repo = Repo::new();
    let base = repo.git(&["rev-parse", "HEAD"]);
    repo.submit("alpha");
    repo.commit("alpha submits its roadmap");
    (repo, base)
}
